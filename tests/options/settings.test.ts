// Categories the reader hides in the options: their claims are not highlighted, and the page hears of a change at once.
import { expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { inShownCategories, watchHiddenCategories } from "../../src/browser/storage/settings";
import type { FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;

const claims = [
  { id: "diplomat", source: { category: "diplomatic" as const } },
  { id: "officer", source: { category: "security" as const } },
  { id: "experts", source: { category: "expert" as const } },
];

it("leaves out the claims of hidden categories and keeps the others in order", () => {
  expect(inShownCategories(claims, ["security"]).map((claim) => claim.id)).toEqual(["diplomat", "experts"]);
  expect(inShownCategories(claims, ["security", "diplomatic", "expert"])).toEqual([]);
  expect(inShownCategories(claims, [])).toEqual(claims);
});

it("tells the page the new hidden categories when the reader changes them, and ignores other changes", async () => {
  const listener = vi.fn();
  watchHiddenCategories(listener);
  const onChanged = fake.storage.onChanged.addListener.mock.calls[0]![0] as (changes: object, area: string) => void;
  fake.storage.local.get.mockResolvedValue({ hiddenCategories: ["military"] } as never);

  onChanged({ claimColor: { newValue: "blue" } }, "local");
  onChanged({ hiddenCategories: { newValue: ["military"] } }, "sync");
  onChanged({ hiddenCategories: { newValue: ["military"] } }, "local");
  await vi.waitFor(() => expect(listener).toHaveBeenCalledOnce());
  expect(listener).toHaveBeenCalledWith(["military"]);
});
