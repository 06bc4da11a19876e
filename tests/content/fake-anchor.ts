// The anchor module as the content script's tests see it: the page is read at once, claims are placed by the test's
// own `place` mock, and the highlighter records what it is asked to do.
import { vi } from "vitest";
import type { Placement } from "../../src/dom/anchor";
import type { Article, Claim } from "../../src/core/model/claim";

export function fakeAnchorModule(place: (article: Article, claims: readonly Claim[]) => Placement[]) {
  return {
    createAnchorer: (_doc: Document, article: Article) => ({
      read: () => true,
      place: (claims: readonly Claim[]) => place(article, claims),
    }),
    Highlighter: vi.fn(
      class {
        draw = vi.fn();
        clear = vi.fn();
        destroy = vi.fn();
        setVisible = vi.fn();
        reveal = vi.fn();
        restyle = vi.fn();
        usesHighlightApi = true;
      },
    ),
  };
}
