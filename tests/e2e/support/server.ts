// A static HTTP server on 127.0.0.1 (random port) for the pages the browsers open: the test build of the extension
// may script http://127.0.0.1/* only, so fixtures must come from there rather than file:// URLs. Tests may also
// publish pages made on the fly (a page grown to 10 MB, a fixture served with a strict Content-Security-Policy).
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's tests/ folder: fixtures are served under /fixtures/, the e2e pages under /e2e/pages/. */
const root = fileURLToPath(new URL("../..", import.meta.url));

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
};

/** A page made by a test: its body and any headers to send with it (the content type defaults to HTML). */
export interface PublishedPage {
  body: string | Buffer;
  headers?: OutgoingHttpHeaders;
}

export interface FixtureServer {
  /** The URL of a file under tests/, e.g. url("fixtures/seed-mee-haftar.html"). */
  url(path: string): string;
  /** Serves what respond() makes (computed once, on the first request) at /published/<name>; returns its URL. */
  publish(name: string, respond: () => PublishedPage | Promise<PublishedPage>): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const published = new Map<string, () => Promise<PublishedPage>>();

  const serveFile = (path: string, response: ServerResponse) => {
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || file.endsWith(sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = contentTypes[extname(file)] ?? "application/octet-stream";
        // The saved real pages are kept for their markup; their publishers' scripts would send the browser back to
        // the live site (liberation-1's login redirect, qq's mobile-site redirect), so they do not run here.
        const scripts = path.startsWith("/fixtures/pages/") ? { "content-security-policy": "script-src 'none'" } : {};
        response.writeHead(200, { "content-type": type, "cache-control": "no-store", ...scripts }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const page = published.get(path);
    if (!page) {
      serveFile(path, response);
      return;
    }
    page().then(
      ({ body, headers }) =>
        response
          .writeHead(200, { "content-type": contentTypes[".html"], "cache-control": "no-store", ...headers })
          .end(body),
      (error: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the fixture server has no TCP port");
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (path) => `${origin}/${path.replace(/^\//, "")}`,
    publish: (name, respond) => {
      const path = `/published/${name}`;
      let made: Promise<PublishedPage> | null = null;
      published.set(path, () => (made ??= Promise.resolve().then(respond)));
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
