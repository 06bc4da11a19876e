import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { EXTENSION_ID, type FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;
type MessageListener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => unknown;
type UpdateListener = (tabId: number, changeInfo: { status?: string; url?: string }) => void;
let onMessage: MessageListener;
let onUpdated: UpdateListener;

beforeAll(async () => {
  await import("../../src/background/index");
  onMessage = fake.runtime.onMessage.addListener.mock.calls[0]![0] as MessageListener;
  onUpdated = fake.tabs.onUpdated.addListener.mock.calls[0]![0] as UpdateListener;
});

beforeEach(() => {
  fake.action.setBadgeText.mockClear();
});

describe("toolbar badge", () => {
  it("shows the count our content script reports, on that tab only", async () => {
    await onMessage({ type: "claimCount", count: 8 }, { id: EXTENSION_ID, tab: { id: 12 } });
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: "8" });
  });

  it("shows nothing for a page without claims", async () => {
    await onMessage({ type: "claimCount", count: 0 }, { id: EXTENSION_ID, tab: { id: 12 } });
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: "" });
  });

  it("ignores other extensions, senders without a tab and malformed messages", async () => {
    await onMessage({ type: "claimCount", count: 8 }, { id: "another-extension", tab: { id: 12 } });
    await onMessage({ type: "claimCount", count: 8 }, { id: EXTENSION_ID });
    await onMessage({ type: "claimCount", count: "8" }, { id: EXTENSION_ID, tab: { id: 12 } });
    await onMessage({ type: "setBadge", text: "pwned" }, { id: EXTENSION_ID, tab: { id: 12 } });
    expect(fake.action.setBadgeText).not.toHaveBeenCalled();
  });

  it("clears the count when the tab loads a new page", () => {
    onUpdated(12, { status: "complete" });
    expect(fake.action.setBadgeText).not.toHaveBeenCalled();
    onUpdated(12, { status: "loading" });
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: "" });
  });

  it("clears the count when a single-page app shows another address, not when it moves within the article", () => {
    onUpdated(13, { url: "https://news.example/live/talks" });
    onUpdated(13, { url: "https://news.example/live/talks#update-4" });
    expect(fake.action.setBadgeText).not.toHaveBeenCalled();
    onUpdated(13, { url: "https://news.example/live/budget" });
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 13, text: "" });
  });
});
