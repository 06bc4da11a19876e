import type { Claim, Span } from "../core/model/claim";
import { revealBidiControls } from "../core/text/bidi";

export interface Segment {
  text: string;
  /** "source" for the source phrase, "cue" for the attribution cue, null for the rest of the sentence. */
  mark: "source" | "cue" | null;
}

/**
 * The claim's sentence cut at its source phrase and cue, so both can be marked. Spans outside the sentence (the source
 * of a continuation sits in an earlier sentence) are left unmarked.
 */
export function claimSegments(claim: Claim): Segment[] {
  const marks = (
    [
      ["source", claim.source],
      ["cue", claim.cue],
    ] as [Segment["mark"], Span | null][]
  )
    .filter((entry): entry is [Segment["mark"], Span] => {
      const span = entry[1];
      return span !== null && span.start >= claim.start && span.end <= claim.end && span.start < span.end;
    })
    .sort((a, b) => a[1].start - b[1].start);

  const segments: Segment[] = [];
  let at = 0;
  for (const [mark, span] of marks) {
    const start = span.start - claim.start;
    const end = span.end - claim.start;
    if (start < at) continue; // overlaps the previous mark
    if (start > at) segments.push({ text: claim.text.slice(at, start), mark: null });
    segments.push({ text: claim.text.slice(start, end), mark });
    at = end;
  }
  if (at < claim.text.length) segments.push({ text: claim.text.slice(at), mark: null });
  return segments.map((segment) => ({ ...segment, text: revealBidiControls(segment.text) }));
}
