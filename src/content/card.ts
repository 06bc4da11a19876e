// The small card that tells, over the page, which source a highlighted claim rests on, and the pointer wiring that opens
// it. It lives in a closed shadow root, so that page styles and scripts can neither restyle nor read it, and it is
// built from text nodes only: page text never goes through an HTML parser.
import { reviewStatuses, type ReviewStatus } from "../core/model/review";
import type { Claim } from "../core/model/claim";
import { UI_ATTRIBUTE } from "../dom/anchor/page-text";
import { addStyles } from "../dom/highlight/styles";

/** Returns the UI string for a message key (the extension passes the browser's i18n.getMessage). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The reader's reviews, for the card's status buttons (the content script stores them). */
export interface CardReviews {
  statusOf(claimId: string): ReviewStatus | null;
  /** A status picked on the card; null when the reader takes it back. Rejects when it could not be stored. */
  setStatus(claimId: string, status: ReviewStatus | null): Promise<void>;
}

const STATUS_MESSAGES: Record<ReviewStatus, string> = {
  "to-check": "reviewToCheck",
  verified: "reviewVerified",
  disputed: "reviewDisputed",
  "false-flag": "reviewFalseFlag",
};

// On the host's own style attribute: inline !important beats every rule of the page's style sheets.
const HOST_STYLE =
  "all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; " +
  "z-index: 2147483647 !important; display: block !important;";

const CARD_CSS = `
.card { position: fixed; box-sizing: border-box; width: max-content; max-width: min(22rem, calc(100vw - 16px));
  padding: 10px 12px 12px; border-radius: 8px; border: 1px solid #8a8a8a;
  background: #ffffff; color: #1a1a1a; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start; }
.top { display: flex; align-items: start; gap: 8px; }
.label { margin: 0; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
  color: #4a4a4a; flex: 1; }
.source { margin: 2px 0 8px; font-size: 15px; font-weight: 600; }
.close { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; line-height: 1; color: #4a4a4a;
  border-radius: 4px; }
.close:focus-visible { outline: 2px solid #0b63c5; }
.review { margin: 10px 0 0; padding: 0; border: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.review legend { padding: 0; margin-bottom: 4px; font-size: 11px; font-weight: 600; color: #4a4a4a; }
.status { all: unset; cursor: pointer; padding: 2px 8px; border: 1px solid #8a8a8a; border-radius: 10px;
  font-size: 12px; }
.status[aria-pressed="true"] { background: #0b63c5; border-color: #0b63c5; color: #ffffff; }
.status:focus-visible { outline: 2px solid #0b63c5; outline-offset: 1px; }
.failure { flex-basis: 100%; margin: 4px 0 0; }
.failure:empty { display: none; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dt { color: #4a4a4a; }
dd { margin: 0; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #f2f2f2; border-color: #6a6a6a; }
  .label, .close, dt, .review legend { color: #c8c8c8; }
  .status[aria-pressed="true"] { background: #7cb8ff; border-color: #7cb8ff; color: #1f1f1f; }
  .close:focus-visible { outline-color: #7cb8ff; }
}
`;

export class SourceCard {
  private host: HTMLElement | null = null;
  private claimId: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly reviews: CardReviews | null = null,
  ) {}

  /** The claim shown, or null when the card is closed. */
  get shownClaimId(): string | null {
    return this.claimId;
  }

  /** Whether an event came from inside the card (events from a shadow root are retargeted to its host). */
  holds(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host;
  }

  show(claim: Claim, near: DOMRect | null): void {
    this.hide();
    // A plain <div>, not a custom element of ours: a page could define that name itself and take the host over.
    const host = this.doc.createElement("div");
    host.setAttribute(UI_ATTRIBUTE, "card");
    host.setAttribute("style", HOST_STYLE);
    const root = host.attachShadow({ mode: "closed" });
    addStyles(root, CARD_CSS);
    const card = this.buildCard(claim);
    root.append(card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.claimId = claim.id;
    this.position(card, near);
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
    this.claimId = null;
  }

  private buildCard(claim: Claim): HTMLElement {
    const { doc, t } = this;
    const element = (tag: string, className: string | null, text?: string) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };

    const card = element("div", "card");
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-labelledby", "anonymark-card-label");
    const top = element("div", "top");
    const label = element("p", "label", t("cardRestsOn"));
    label.id = "anonymark-card-label";
    const close = element("button", "close", "×");
    close.setAttribute("type", "button");
    close.setAttribute("aria-label", t("cardClose"));
    close.addEventListener("click", () => this.hide());
    top.append(label, close);

    const details = element("dl", null);
    const row = (term: string, value: string) => details.append(element("dt", null, term), element("dd", null, value));
    row(t("cardCategory"), t(`category_${claim.source.category}`));
    row(t("cardAnonymity"), t(`anonymity_${claim.source.anonymity}`));
    row(t("cardKind"), t(`kind_${claim.kind}`));
    if (claim.cue) row(t("cardCue"), claim.cue.text);
    if (claim.hedges.length > 0) row(t("cardHedges"), claim.hedges.join(", "));
    if (claim.relayedBy) row(t("cardRelayedBy"), claim.relayedBy);

    card.append(top, element("p", "source", claim.source.text), details);
    if (this.reviews) card.append(this.buildReview(claim.id, this.reviews));
    return card;
  }

  /** Status buttons: pressing one sets it, pressing the pressed one takes it back. */
  private buildReview(claimId: string, reviews: CardReviews): HTMLElement {
    const { doc, t } = this;
    const group = doc.createElement("fieldset");
    group.className = "review";
    const legend = doc.createElement("legend");
    legend.textContent = t("cardReview");
    group.append(legend);
    const buttons = reviewStatuses.map((status) => {
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "status";
      button.dataset.status = status;
      button.textContent = t(STATUS_MESSAGES[status]);
      return button;
    });
    const show = (current: ReviewStatus | null) =>
      buttons.forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.status === current)));
    const failure = doc.createElement("p");
    failure.className = "failure";
    failure.setAttribute("role", "alert");
    for (const button of buttons) {
      button.addEventListener("click", () => {
        const status = button.dataset.status as ReviewStatus;
        const next = reviews.statusOf(claimId) === status ? null : status;
        show(next);
        failure.textContent = "";
        // Storage refused it: the card shows what is stored, and says why.
        reviews.setStatus(claimId, next).catch((error: unknown) => {
          show(reviews.statusOf(claimId));
          failure.textContent = t("reviewSaveFailed", error instanceof Error ? error.message : String(error));
        });
      });
    }
    show(reviews.statusOf(claimId));
    group.append(...buttons, failure);
    return group;
  }

  /** Below the highlighted line, or above it when the viewport has no room left underneath. */
  private position(card: HTMLElement, near: DOMRect | null): void {
    const view = this.doc.defaultView;
    if (!near || !view) return;
    const margin = 8;
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(margin, Math.min(near.left, view.innerWidth - width - margin));
    const below = near.bottom + 6;
    const top = below + height + margin > view.innerHeight ? Math.max(margin, near.top - height - 6) : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
}

// One hit test per frame at most: pointermove fires far more often than anyone can read a card.
const FRAME_MS = 16;

export interface CardWiring {
  /** The claim highlighted under a point, and the rectangle of its line there. */
  claimAt(x: number, y: number): { claim: Claim; rect: DOMRect | null } | null;
  /** Whether an event comes from the reader; the page's own synthetic events must not open the card. */
  trusted?(event: Event): boolean;
}

/**
 * Opens the card when the reader hovers or clicks a highlight (a click pins it), closes it on Escape, on scroll and
 * when the pointer leaves; one delegated listener per event, removed when `signal` aborts.
 */
export function wireCard(doc: Document, card: SourceCard, wiring: CardWiring, signal: AbortSignal): void {
  const trusted = wiring.trusted ?? ((event: Event) => event.isTrusted);
  let pinned = false;
  let pendingPoint: { x: number; y: number } | null = null;
  let lastHitTest = 0;
  const close = () => {
    card.hide();
    pinned = false;
  };
  const open = (hit: { claim: Claim; rect: DOMRect | null }) => {
    if (hit.claim.id !== card.shownClaimId) card.show(hit.claim, hit.rect);
  };
  const options = { signal: ownRealm(doc, signal), passive: true };

  doc.addEventListener("pointermove", (event) => {
    if (!trusted(event) || card.holds(event.target)) return;
    const first = pendingPoint === null;
    pendingPoint = { x: event.clientX, y: event.clientY };
    if (!first) return;
    setTimeout(() => {
      const point = pendingPoint;
      pendingPoint = null;
      lastHitTest = Date.now();
      if (!point || pinned || signal.aborted) return;
      const hit = wiring.claimAt(point.x, point.y);
      if (hit) open(hit);
      else close();
    }, Math.max(0, lastHitTest + FRAME_MS - Date.now()));
  }, options);
  doc.addEventListener("click", (event) => {
    if (!trusted(event) || card.holds(event.target)) return;
    const hit = wiring.claimAt(event.clientX, event.clientY);
    if (!hit) return close();
    open(hit);
    pinned = true;
  }, options);
  doc.addEventListener("keydown", (event) => event.key === "Escape" && close(), options);
  // The card is placed against the line it explains; once the page scrolls it would point elsewhere.
  doc.addEventListener("scroll", close, { ...options, capture: true });
  signal.addEventListener("abort", close, { once: true });
}

/** The signal as one of the page's own: an event target may refuse a signal from another realm (a frame, jsdom). */
function ownRealm(doc: Document, signal: AbortSignal): AbortSignal {
  const Controller = doc.defaultView?.AbortController;
  if (!Controller || Controller === AbortController) return signal;
  const own = new Controller();
  if (signal.aborted) own.abort();
  else signal.addEventListener("abort", () => own.abort(), { once: true });
  return own.signal;
}
