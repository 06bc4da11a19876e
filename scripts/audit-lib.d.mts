// Types for the batch runner and the audit's judgements, shared by `npm run eval`, `npm run audit` and their tests.
import type { Claim } from "../src/core/model/claim";

export type BatchAnswer = { lang: string; claims: Claim[]; unsupported?: true } | { error: string };

export interface Judgement {
  doc: string;
  start: number;
  end: number;
  verdict: "right" | "wrong";
  note?: string;
  /** Its line in the file, from 1. */
  line: number;
}

export interface Flag {
  doc: string;
  claim: Pick<Claim, "start" | "end">;
}

export const cliPath: string;
export function runBatch(documents: { id: string; text?: string; html?: string; lang?: string; url?: string }[]): Promise<Map<string, BatchAnswer>>;
export function isBorderline(judgement: Pick<Judgement, "verdict" | "note">): boolean;
export function flagKey(doc: string, start: number, end: number): string;
export function parseJudgements(text: string, fileName: string): Map<string, Judgement>;
export function matchJudgements<F extends Flag>(
  flags: F[],
  judgements: Map<string, Judgement>,
  docs: Set<string>,
): { flags: (F & { judgement: Judgement | undefined })[]; stale: Judgement[] };
