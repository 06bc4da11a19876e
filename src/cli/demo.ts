// The demo article: the seed page, embedded in the bundle at build time so that `anonymark analyze` with no file shows
// what the product does. Needs esbuild's `loader: { ".html": "text" }` in the CLI build.
import html from "../../tests/fixtures/seed-mee-haftar.html";

export const demoArticle = {
  name: "demo article (Middle East Eye, 18 December 2016)",
  html,
};
