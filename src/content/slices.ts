// Work on the page's thread is cut into slices: between two slices the page gets its thread back (input, rendering).

/** Longest run of our work in one task: half the 50 ms the browser counts as a long task, for slack. */
export const SLICE_MS = 25;

interface Yielding {
  yield?: () => Promise<void>;
}

/** Lets the page run, then resumes: scheduler.yield where the browser has it (it resumes ahead of other tasks). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Yielding }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Thrown to stop a sliced job whose requester has gone. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}
