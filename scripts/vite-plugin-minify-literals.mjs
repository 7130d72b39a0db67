// Minifies the CSS and HTML inside Lit's css`` and html`` templates at build time: the bundler's
// minifier leaves template strings alone, and styles are a large share of each widget's bytes.
import { minifyHTMLLiterals } from 'minify-literals';

export function minifyLitLiterals() {
  return {
    name: 'minify-lit-literals',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(id.split('?')[0]) || !/(?:html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
