// UI text that depends on numbers and languages. _locales has no plural syntax, so each counted string has a "One"
// and an "Other" message, picked with the plural rules of the language the strings are in.
import { t } from "./platform";
import type { ClaimCounts } from "../core/model/findings";

/** The language of the UI strings in use (the browser's, or English when we have none for it). */
export function uiLocale(): string {
  return t("locale") || "en";
}

/** The message `${stem}One` or `${stem}Other` for `count`, with `count` written the language's way as its first substitution. */
export function counted(stem: string, count: number, ...more: string[]): string {
  const locale = uiLocale();
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "One" : "Other";
  return t(stem + form, [new Intl.NumberFormat(locale).format(count), ...more]);
}

/** "8 claims rest on 4 unnamed sources in this article." */
export function summaryText(counts: ClaimCounts): string {
  return counted("summary", counts.claims, counted("sources", counts.sources));
}

/** "French and English", in the UI's language. */
export function languageList(codes: string[]): string {
  const names = new Intl.DisplayNames([uiLocale()], { type: "language" });
  return new Intl.ListFormat(uiLocale(), { type: "conjunction" }).format(codes.map((code) => names.of(code) ?? code));
}
