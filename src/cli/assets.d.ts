// Pages bundled into the CLI as text (esbuild's "text" loader for .html).
declare module "*.html" {
  const html: string;
  export default html;
}
