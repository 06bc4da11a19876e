// Types for the scoring module shared by `npm run eval` and the regression test.
import type { Claim } from "../src/core/model/claim";

export interface EvalRecord {
  id: string;
  lang: string;
  origin: string;
  context: string;
  sentence: string;
  label: "anon" | "anon_implicit" | "vague" | "named" | "none" | "borderline";
  source: string;
  cue: string;
  category: string;
  note?: string;
}

export interface LanguageScore {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  sourceRight: number;
  categoryRight: number;
  errors: { type: string; record: EvalRecord; claims: Claim[] }[];
}

export function loadCorpus(dir: string): EvalRecord[];
export function documentOf(record: EvalRecord): { id: string; lang: string; text: string; start: number; end: number };
export function sameSource(found: string, expected: string): boolean;
export function score(records: EvalRecord[], claimsById: Map<string, Claim[]>): Record<string, LanguageScore>;
export function formatReport(report: Record<string, LanguageScore>, options?: { errors?: boolean }): string;
