// Work on the page's thread is cut into slices: between two slices the page gets its thread back (input, rendering).

/** Longest run of our work in one task: half the 50 ms the browser counts as a long task, for slack. */
export const SLICE_MS = 25;

interface Scheduling {
  postTask?: (task: () => void, options: { priority: "user-visible" }) => Promise<void>;
}

/**
 * Lets the page run, then resumes: after whatever the page has waiting (input, rendering, and its own timers too,
 * which scheduler.yield() would keep waiting until the whole job is done), as a task of the page's ordinary priority.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduling }).scheduler;
  if (typeof scheduler?.postTask === "function") return scheduler.postTask(() => undefined, { priority: "user-visible" });
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Thrown to stop a sliced job whose requester has gone. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}
