// Module kinds Storybook's Vite build understands and TypeScript does not by itself.
declare module '*.mdx' {
  const MDXComponent: (props: Record<string, unknown>) => unknown;
  export default MDXComponent;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css?raw' {
  const css: string;
  export default css;
}
