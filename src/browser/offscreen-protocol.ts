// What the background asks the offscreen document (Chrome), and what it answers: the page's HTML in, the analysis out.
import type { Findings } from "../core/model/findings";

export interface AnalyzeSnapshotRequest {
  type: "analyzeSnapshot";
  html: string;
  url: string;
  includeVague: boolean;
}

export function parseAnalyzeSnapshotRequest(message: unknown): AnalyzeSnapshotRequest | null {
  const m = message as Partial<AnalyzeSnapshotRequest> | null;
  return typeof m === "object" && m !== null && m.type === "analyzeSnapshot" && typeof m.html === "string" &&
    typeof m.url === "string" && typeof m.includeVague === "boolean"
    ? { type: m.type, html: m.html, url: m.url, includeVague: m.includeVague }
    : null;
}

const FINDINGS_STATUSES = new Set<unknown>(["found", "no-article", "unsupported-language"]);

/** The offscreen document's answer; its claims are checked again where the page takes them (parsePortRequest). */
export function parseFindings(message: unknown): Findings | null {
  const m = message as { status?: unknown } | null;
  return typeof m === "object" && m !== null && FINDINGS_STATUSES.has(m.status) ? (m as Findings) : null;
}
