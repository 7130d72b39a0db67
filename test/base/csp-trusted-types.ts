// Imported first by its test: the page's policy before Lit loads, as a server would send it.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = 'trusted-types lit-html';
document.head.append(meta);
