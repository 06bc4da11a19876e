// Bidirectional controls in page text: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
// directional marks (U+200E, U+200F, U+061C) change the order in which a reader sees the words, not the words
// themselves. A page can use them to make a quotation read otherwise than it is written (the "Trojan Source" trick):
// text shown to a reviewer shows them instead of obeying them. Pure.

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

const codePoint = (control: string) => `⟨U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`;

/** Every bidi control made visible as its code point ("⟨U+202E⟩"): the words read in the order they are stored. */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, codePoint);
}

// The letters of the living right-to-left scripts; any other letter is strong left-to-right.
const RTL_SCRIPTS = ["Hebrew", "Arabic", "Syriac", "Thaana", "Nko", "Samaritan", "Mandaic", "Adlam", "Hanifi_Rohingya"];
const RTL_LETTER = new RegExp(`[${RTL_SCRIPTS.map((script) => `\\p{Script=${script}}`).join("")}]`, "u");
const FIRST_LETTER = /\p{L}/u;

/**
 * The direction of the text's first letter ("ltr" with none): what dir="auto" would pick without the controls, which
 * a page could use to turn the claim around. Set as the dir attribute of the element that shows the text, it also
 * isolates that text from what surrounds it.
 */
export function textDirection(text: string): "ltr" | "rtl" {
  const letter = FIRST_LETTER.exec(text)?.[0];
  return letter !== undefined && RTL_LETTER.test(letter) ? "rtl" : "ltr";
}
