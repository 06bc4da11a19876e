// What the background asks the offscreen document (Chrome), and what it answers: the page's HTML in, the analysis out.
import type { Snapshot } from "../dom/analyze";

export interface SnapshotRequest {
  type: "analyseSnapshot";
  html: string;
  url: string;
  includeVague: boolean;
}

export function parseSnapshotRequest(message: unknown): SnapshotRequest | null {
  const m = message as Partial<SnapshotRequest> | null;
  return typeof m === "object" && m !== null && m.type === "analyseSnapshot" && typeof m.html === "string" &&
    typeof m.url === "string" && typeof m.includeVague === "boolean"
    ? { type: m.type, html: m.html, url: m.url, includeVague: m.includeVague }
    : null;
}

const SNAPSHOT_STATUSES = new Set<unknown>(["found", "no-article", "unsupported-language"]);

/** The offscreen document's answer; its claims are checked again where the page takes them (parsePortRequest). */
export function parseSnapshot(message: unknown): Snapshot | null {
  const m = message as { status?: unknown } | null;
  return typeof m === "object" && m !== null && SNAPSHOT_STATUSES.has(m.status) ? (m as Snapshot) : null;
}
