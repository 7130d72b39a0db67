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
      // conservativeCollapse: whitespace runs become one space, never nothing. A template's edges
      // and the space between two interpolations are often the only space between words
      // ("Closing soon" + status words ran together without it). keepClosingSlash: SVG needs <path/>.
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true, keepClosingSlash: true } });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
