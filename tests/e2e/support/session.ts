// One browser and one fixture server per spec file, shared by every spec in it (a launch costs seconds).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ExtensionBrowser } from "./browser.js";
import { startFixtureServer, type FixtureServer } from "./server.js";

export interface Session<B extends ExtensionBrowser = ExtensionBrowser> {
  /** Set once the file's beforeAll has run: read them inside specs and hooks only. */
  readonly browser: B;
  readonly server: FixtureServer;
}

/** Launches the browser and the server before the file's specs, and closes them after. */
export function useSession<B extends ExtensionBrowser>(launch: () => Promise<B>): Session<B> {
  const session = {} as { browser: B; server: FixtureServer };
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** The last spec of a file: nothing the specs did made the extension log an error or throw. */
export function defineNoErrorSpec(session: Session): void {
  it("raises no error in the pages, the popup or the background", () => {
    expect(session.browser.extensionErrors).toEqual([]);
  });
}
