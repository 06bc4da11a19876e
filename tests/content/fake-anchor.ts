// The anchor and highlighter modules as the content script's tests see them: the page is read at once, claims are
// placed by the test's own `place` mock, and the highlighter records what it is asked to do.
import { vi } from "vitest";
import type { Placement } from "../../src/dom/anchor";
import type { Article, Claim } from "../../src/core/model/claim";

export function fakeAnchorModule(place: (article: Article, claims: readonly Claim[]) => Placement[]) {
  return {
    createAnchorer: (_doc: Document, article: Article) => ({
      read: () => true,
      place: (claims: readonly Claim[]) => place(article, claims),
    }),
  };
}

export function fakeHighlighterModule() {
  return {
    Highlighter: vi.fn(
      class {
        draw = vi.fn();
        clear = vi.fn();
        claimAt = vi.fn(() => null);
        setVisible = vi.fn();
        reveal = vi.fn();
        restyle = vi.fn();
        restore = vi.fn();
        usesHighlightApi = true;
      },
    ),
  };
}
