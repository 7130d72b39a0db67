/**
 * Custom Elements Manifest analyzer plugins (custom-elements-manifest.config.mjs).
 *
 * defineElementTags: the widgets register with `defineElement('civic-x', Class)` (src/base/define.ts),
 * which the analyzer does not recognise as a definition, so without a `@tagname` JSDoc tag a widget
 * gets no tag name or definition in custom-elements.json and Storybook's docs page has no API
 * tables for it. This reads the calls instead.
 *
 * shippedPaths: the manifest names the files an app imports (dist/modules/…), not the sources,
 * which the package does not ship; and lists what those files export (the classes, their tags) and
 * their public members, not the helpers and private state of the source modules.
 */
export function defineElementTags() {
  return {
    name: 'civic-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === cls.text);
      if (!declaration) return;
      Object.assign(declaration, { tagName: tag.text, customElement: true });
      const exports = (moduleDoc.exports ??= []);
      if (!exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag.text)) {
        exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } });
      }
    },
  };
}

/** @param {Record<string, string>} paths  source module → the shipped module that exports it */
export function shippedPaths(paths) {
  const rename = (path) => {
    const source = path.replace(/^\//, '');
    return paths[source] ?? paths[source.replace(/\.js$/, '.ts')] ?? path;
  };
  const isClass = (d) => d.kind === 'class';
  return {
    name: 'civic-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        for (const [key, x] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof x === 'string') value[key] = rename(x);
          else visit(x);
        }
      };
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter(isClass);
        const classes = new Set(module.declarations.map((d) => d.name));
        module.exports = (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || classes.has(e.declaration?.name));
        for (const d of module.declarations)
          d.members = (d.members ?? []).filter((m) => m.privacy !== 'private' && !(m.static && ['styles', 'properties'].includes(m.name)));
      }
      visit(customElementsManifest.modules);
    },
  };
}
