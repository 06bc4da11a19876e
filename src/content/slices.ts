// Work on the page's thread is cut into slices: between two slices the page gets its thread back (input, rendering).

/** Longest run of our work in one task: half the 50 ms the browser counts as a long task, for slack. */
export const SLICE_MS = 25;

interface Scheduling {
  postTask?: (task: () => void, options: { priority: "user-visible"; delay: number }) => Promise<void>;
}

/**
 * Lets the page run, then resumes: after whatever the page has waiting (input, rendering, and its own timers too), as a
 * task of the page's ordinary priority. A delayed task, so it queues behind the page's timers that fell due meanwhile:
 * an immediate one went ahead of them, and a chain of 25 ms slices kept a page timer waiting 110-230 ms
 * (scheduler.yield() keeps them waiting for the whole job; at the "background" priority the 10 MB live blog's analysis
 * had not ended after 5 minutes).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduling }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    return scheduler.postTask(() => undefined, { priority: "user-visible", delay: 1 });
  }
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Lets the page run, then goes on unless the job was called off meanwhile (throws the signal's reason). */
export async function nextSlice(signal: AbortSignal): Promise<void> {
  await yieldToPage();
  signal.throwIfAborted();
}

/** A controller that aborts, too, when `parent` does: a job that ends with what it works for. */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener("abort", () => child.abort(parent.reason), { once: true, signal: child.signal });
  return child;
}
