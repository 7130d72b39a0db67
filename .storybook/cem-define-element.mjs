/**
 * Custom Elements Manifest analyzer plugin: the widgets register with `defineElement('civic-x', Class)`
 * (src/base/define.ts), which the analyzer does not recognise as a definition, so without a
 * `@tagname` JSDoc tag a widget gets no tag name in custom-elements.json and Storybook's docs page
 * has no API tables for it. This reads the calls instead. Use in custom-elements-manifest.config.mjs:
 *
 *   import { defineElementTags } from './.storybook/cem-define-element.mjs';
 *   export default { ..., plugins: [defineElementTags()] };
 */
export function defineElementTags() {
  return {
    name: 'civic-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === cls.text);
      if (!declaration || declaration.tagName) return;
      Object.assign(declaration, { tagName: tag.text, customElement: true });
      (moduleDoc.exports ??= []).push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } });
    },
  };
}
