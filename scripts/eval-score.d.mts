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

/** A claim as the detector gives it, with the name of the rule that raised it once the detector names rules. */
type RuledClaim = Claim & { rule?: string };

export interface LanguageScore {
  n: number;
  /** The language has no data: no figures. */
  unsupported?: true;
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

export interface RuleScore {
  flags: number;
  wrong: number;
  precision: number;
}

export type EvalSet = "old" | "tune" | "heldout" | "all";

export const sharedDir: string;
export const devDir: string;
export function devAvailable(): boolean;
export function loadCorpus(dir: string): EvalRecord[];
export const SETS: Record<EvalSet, string>;
export function batchOf(id: string): "old" | "new";
export function documentKey(origin: string): string;
export function halfOf(key: string): "tune" | "heldout";
export function setOf(record: Pick<EvalRecord, "id" | "origin">): "old" | "tune" | "heldout";
export function inSet(record: Pick<EvalRecord, "id" | "origin">, set: EvalSet): boolean;
export function documentOf(record: EvalRecord): { id: string; lang: string; text: string; start: number; end: number };
export function sameSource(found: string, expected: string): boolean;
export function score(
  records: EvalRecord[],
  claimsById: Map<string, Claim[]>,
  options?: { unsupported?: Set<string> },
): Record<string, LanguageScore>;
export function ruleOf(claim: RuledClaim): string;
export function ruleStats(verdicts: Iterable<[RuledClaim, boolean]>): Map<string, RuleScore>;
export function recordVerdicts(records: EvalRecord[], claimsById: Map<string, Claim[]>): Generator<[Claim, boolean]>;
export function formatRules(stats: Map<string, RuleScore>): string;
export function formatFigures(report: Record<string, LanguageScore>): string;
export function formatErrors(report: Record<string, LanguageScore>): string;
