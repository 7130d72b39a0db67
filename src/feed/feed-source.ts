/**
 * Where a widget's feed comes from: its own `src`, else the page's
 * `<link rel="civic-feed">`, else an inline `<script type="application/json" data-civic-feed>`.
 */
export type FeedSource = { kind: 'url'; key: string; url: string } | { kind: 'inline'; key: string; text: string };

export function resolveFeedSource(src: string | undefined | null, doc: Document = document): FeedSource | undefined {
  const fromAttribute = src?.trim();
  if (fromAttribute) return urlSource(fromAttribute, doc);
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="civic-feed"][href]');
  if (link) return urlSource(link.getAttribute('href') ?? '', doc);
  const script = doc.querySelector<HTMLScriptElement>('script[type="application/json"][data-civic-feed]');
  if (script) return { kind: 'inline', key: `inline:${script.id || 'default'}`, text: script.textContent ?? '' };
  return undefined;
}

function urlSource(href: string, doc: Document): FeedSource {
  // Resolve against the page so that "feed.json" and "/feed.json" share one request.
  const url = new URL(href, doc.baseURI).href;
  return { kind: 'url', key: url, url };
}
