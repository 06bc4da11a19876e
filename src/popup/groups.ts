import type { PlacedClaim } from "../core/model/findings";
import type { Source } from "../core/model/claim";

export interface SourceGroup {
  id: string;
  /** The phrase that names the source first: later claims often refer back to it ("cette source"). */
  source: Source;
  claims: PlacedClaim[];
}

/** Claims grouped by the source they rest on, groups and claims in article order. */
export function groupBySource(claims: PlacedClaim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    const group = groups.get(claim.group);
    if (group) group.claims.push(claim);
    else groups.set(claim.group, { id: claim.group, source: claim.source, claims: [claim] });
  }
  return [...groups.values()];
}
