// The analysis as the reader's settings show it: claims of the source categories they left out, and the checks they
// turned off, are not listed; counts follow what is listed.
import type { AnalyzeResult } from "../browser/messages";
import type { Settings } from "../browser/storage/settings";

type ArticleResult = Extract<AnalyzeResult, { status: "ok" }>;

export function shownResult<R extends ArticleResult>(result: R, settings: Pick<Settings, "hiddenCategories" | "hiddenChecks">): R {
  const hiddenCategories = new Set<string>(settings.hiddenCategories);
  const hiddenChecks = new Set<string>(settings.hiddenChecks);
  if (hiddenCategories.size === 0 && hiddenChecks.size === 0) return result;
  const claims = result.claims
    .filter((claim) => !hiddenCategories.has(claim.source.category))
    .map((claim) => ({ ...claim, checks: claim.checks.filter((check) => !hiddenChecks.has(check.id)) }));
  return {
    ...result,
    claims,
    counts: {
      claims: claims.length,
      sources: new Set(claims.map((claim) => claim.group)).size,
      unplaced: claims.filter((claim) => !claim.placed).length,
    },
    profile: { ...result.profile, topChecks: result.profile.topChecks.filter((top) => !hiddenChecks.has(top.id)) },
  };
}
