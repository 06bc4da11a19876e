// The context-menu entry: there only once the reader has granted the optional permission, and it opens the popup.
import { beforeAll, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import type { FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser & {
  contextMenus?: { create: ReturnType<typeof vi.fn>; removeAll: ReturnType<typeof vi.fn>; onClicked: ReturnType<typeof listeners> };
  action: FakeBrowser["action"] & { openPopup: ReturnType<typeof vi.fn> };
};

function listeners() {
  const added: ((info: { menuItemId: string }) => void)[] = [];
  return {
    added,
    addListener: vi.fn((listener: (info: { menuItemId: string }) => void) => void added.push(listener)),
    hasListener: (listener: unknown) => added.includes(listener as never),
  };
}

let permissionAdded: () => void;

beforeAll(async () => {
  fake.action.openPopup = vi.fn(async () => undefined);
  // Without the permission the browser has no menus API: loading the background must not fail for that.
  await import("../../src/background/index");
  permissionAdded = fake.permissions.onAdded.addListener.mock.calls[0]![0] as () => void;
});

it("adds the entry when the permission is granted, and the entry opens the popup", async () => {
  fake.contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: listeners() };
  permissionAdded();
  await vi.waitFor(() => expect(fake.contextMenus!.create).toHaveBeenCalledOnce());
  expect(fake.contextMenus.create).toHaveBeenCalledWith({
    id: "anonymark-analyze",
    title: "Show claims resting on unnamed sources",
    contexts: ["page", "selection"],
  });
  const [onClicked] = fake.contextMenus.onClicked.added;
  onClicked!({ menuItemId: "another-extension-item" });
  expect(fake.action.openPopup).not.toHaveBeenCalled();
  onClicked!({ menuItemId: "anonymark-analyze" });
  expect(fake.action.openPopup).toHaveBeenCalledOnce();
});

it("makes the entry afresh rather than twice when the worker starts again", async () => {
  permissionAdded();
  await vi.waitFor(() => expect(fake.contextMenus!.create).toHaveBeenCalledTimes(2));
  expect(fake.contextMenus!.removeAll).toHaveBeenCalledTimes(2);
  expect(fake.contextMenus!.onClicked.added).toHaveLength(1);
});
