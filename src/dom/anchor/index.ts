// Claims, found in the extracted article's text, placed back on the live page as DOM Ranges.
import type { Article, Block, Claim } from "../../core/model/claim";
import { quoteOf } from "../../core/model/quote";
import {
  PageReader,
  findQuote,
  hasGap,
  looseForm,
  rangeOf,
  readPageText,
  type PageText,
} from "./page-text";

export interface Placement {
  claimId: string;
  /** The claim's sentence on the page; null when it could not be placed ("not placed on the page"). */
  range: Range | null;
  /** The source phrase on the page, when it lies within the claim's sentence. */
  sourceRange: Range | null;
}


/**
 * Places each claim on the live page by its quote and context. The page is read once; each result is checked against
 * the quote, so a Range is either right or null.
 */
export function anchorClaims(doc: Document, article: Article, claims: readonly Claim[]): Placement[] {
  if (claims.length === 0) return [];
  return new Placer(doc, article, readPageText(doc), false).place(claims);
}

/** Anchoring spread over several of the page's tasks: the page read once, in parts, then claims placed in parts. */
export interface Anchorer {
  /** Reads on into the page's text until the deadline (a performance.now() time); true once it is all read. */
  read(deadline: number): boolean;
  /** Places claims (best given in the article's order) on the page as read; reads what is left of it first. */
  place(claims: readonly Claim[]): Placement[];
}

/**
 * The page may change between the calls (its scripts run in between): each Range is then checked against the page
 * as it is, and a claim whose text has changed or gone is not placed.
 */
export function createAnchorer(doc: Document, article: Article): Anchorer {
  const reader = new PageReader(doc);
  let placer: Placer | null = null;
  return {
    read: (deadline) => reader.read(deadline),
    place(claims) {
      placer ??= new Placer(doc, article, reader.finish(), true);
      return placer.place(claims);
    },
  };
}

class Placer {
  // Without a better landmark, a passage a third of the way into the article is a third of the way into the page.
  private readonly scale: number;
  private readonly blockPlaces = new Map<Block, Found | null>();
  // The last paragraph found says where the next one should be, far better than proportion once the page has
  // menus, asides and comments (claims come in the article's order).
  private landmark: { block: Block; found: Found } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly article: Article,
    private readonly page: PageText,
    /** Whether the page may have changed since it was read. */
    private readonly mayHaveChanged: boolean,
  ) {
    this.scale = page.text.length / Math.max(1, article.text.length);
  }

  place(claims: readonly Claim[]): Placement[] {
    return claims.map((claim) => {
      const block = blockHolding(this.article.blocks, claim);
      const paragraph = block ? this.placeBlock(block) : null;
      const hint = paragraph ? paragraph.start + (claim.start - block!.start) : Math.round(claim.start * this.scale);
      const sentence = (paragraph && this.placeSpan(claim, hint, paragraph)) ?? this.placeSpan(claim, hint);
      if (!sentence) return { claimId: claim.id, range: null, sourceRange: null };
      const { source } = claim;
      const inSentence = source.start >= claim.start && source.end <= claim.end;
      const sourceHint = sentence.start + (source.start - claim.start);
      const sourcePlace = inSentence ? this.placeSpan(source, sourceHint, sentence) : null;
      return { claimId: claim.id, range: sentence.range, sourceRange: sourcePlace?.range ?? null };
    });
  }

  // The claim's paragraph is the position hint: a sentence repeated elsewhere (a pull quote, a teaser) is told
  // apart by the paragraph around it, which the copy does not repeat.
  private placeBlock(block: Block): Found | null {
    if (!this.blockPlaces.has(block)) {
      const { landmark } = this;
      const hint =
        landmark && landmark.block.start <= block.start
          ? landmark.found.start + (block.start - landmark.block.start)
          : Math.round(block.start * this.scale);
      const found = find(this.page, this.article, block, hint);
      if (found) this.landmark = { block, found };
      this.blockPlaces.set(block, found);
    }
    return this.blockPlaces.get(block)!;
  }

  /** The passage article.text[span] on the page as a checked Range, within the given stretch of page text if any. */
  private placeSpan(span: Found, hint: number, within?: Found): (Found & { range: Range }) | null {
    const found = find(this.page, this.article, span, hint, within);
    if (!found) return null;
    const quote = this.article.text.slice(span.start, span.end);
    if (this.mayHaveChanged) {
      const range = rangeOnChangedPage(this.doc, this.page, found);
      return range && looseForm(range.toString()) === looseForm(quote) ? { ...found, range } : null;
    }
    const range = rangeOf(this.doc, this.page, found.start, found.end);
    // The match reads as the article does in the index; the Range reads the same unless an element the index leaves
    // out (a script, a button, hidden text) lies inside it: then check what the Range reads.
    const unreadInside = hasGap(this.page, found.start, found.end);
    if (unreadInside && looseForm(range.toString()) !== looseForm(quote)) return null;
    return { ...found, range };
  }
}

/** The Range for a match, if the text nodes it was read from are still in the page and still long enough. */
function rangeOnChangedPage(doc: Document, page: PageText, found: Found): Range | null {
  try {
    const range = rangeOf(doc, page, found.start, found.end);
    return range.startContainer.isConnected && range.endContainer.isConnected ? range : null;
  } catch {
    // A text node shortened since it was read: the offset is past its end.
    return null;
  }
}

/** The block that holds the whole span, if any (blocks are in text order and do not overlap). */
function blockHolding(blocks: readonly Block[], span: Found): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (blocks[middle]!.start <= span.start) low = middle;
    else high = middle - 1;
  }
  const block = blocks[low];
  return block && block.start <= span.start && span.end <= block.end ? block : undefined;
}

interface Found {
  start: number;
  end: number;
}

function find(page: PageText, article: Article, span: Found, hint: number, within?: Found): Found | null {
  const quote = { ...quoteOf(article.text, span.start, span.end), hint };
  return findQuote(page, quote, within?.start, within?.end);
}
