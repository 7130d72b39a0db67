// The CLI bundles its default categories (templates/categories.csv) as text (esbuild's text loader).
declare module '*.csv' {
  const text: string;
  export default text;
}
