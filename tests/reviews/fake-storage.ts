// storage.local as browsers keep it, for unit tests: values copied in and out, storage.onChanged told of each write in
// a task of its own (as browsers do), and writes that can be made to fail as a full storage does.
import { vi } from "vitest";
import type { FakeBrowser } from "../popup/fake-platform";

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function installFakeStorage(fake: FakeBrowser) {
  const data: Record<string, unknown> = {};
  const listeners = new Set<ChangeListener>();
  const tell = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length === 0) return;
    setTimeout(() => {
      for (const listener of [...listeners]) listener(structuredClone(changes), "local");
    });
  };
  const write = (update: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void) => {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    update(changes);
    tell(changes);
  };
  const local = {
    get: vi.fn(async (keys: string | string[] | null) =>
      structuredClone(keys === null ? data : Object.fromEntries([keys].flat().filter((key) => key in data).map((key) => [key, data[key]]))),
    ),
    set: vi.fn(async (items: Record<string, unknown>) =>
      write((changes) => {
        for (const [key, value] of Object.entries(structuredClone(items))) {
          changes[key] = { oldValue: data[key], newValue: value };
          data[key] = value;
        }
      }),
    ),
    remove: vi.fn(async (keys: string | string[]) =>
      write((changes) => {
        for (const key of [keys].flat().filter((name) => name in data)) {
          changes[key] = { oldValue: data[key] };
          delete data[key];
        }
      }),
    ),
    clear: vi.fn(async () => local.remove(Object.keys(data))),
  };
  Object.assign(fake.storage.local, local);
  fake.storage.onChanged.addListener.mockImplementation((listener: ChangeListener) => void listeners.add(listener));
  fake.storage.onChanged.removeListener.mockImplementation((listener: ChangeListener) => void listeners.delete(listener));
  return {
    data,
    local,
    /** The next write fails as a full storage does, and changes nothing. */
    failNextWrite() {
      local.set.mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    },
    /** Until every change made so far has been told to the listeners. */
    told: () => new Promise((resolve) => setTimeout(resolve)),
  };
}
