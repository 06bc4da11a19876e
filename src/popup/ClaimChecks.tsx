// The sourcing checks that apply to one claim, each with its one-line explanation and the standards it rests on, in
// the interface's language.
import type { CheckResult, Severity } from "../core/checks/types";
import { describeCheck } from "../core/checks/definitions";
import { t } from "../browser/platform";
import { uiLocale } from "../browser/i18n";

/** A sign beside the colour, so that severity never rests on colour alone. */
const SEVERITY_SIGNS: Record<Severity, string> = { warning: "!", info: "i", positive: "✓" };

export function ClaimChecks({ checks }: { checks: CheckResult[] }) {
  if (checks.length === 0) return null;
  const locale = uiLocale();
  const list = new Intl.ListFormat(locale, { type: "unit" });
  return (
    <ul class="checks" aria-label={t("checksLabel")}>
      {checks.map((result, index) => {
        const check = describeCheck(result.id, locale);
        return (
          <li key={index} class={`check check-${result.severity}`} data-testid="check" data-check-id={result.id}>
            <span class="check-sign" aria-hidden="true">
              {SEVERITY_SIGNS[result.severity]}
            </span>
            <span class="check-body">
              <span class="check-title">
                <span class="visually-hidden">{t("checkSeverity", t(`severity_${result.severity}`))} </span>
                {check.title}
              </span>
              <span class="check-explanation">{check.explanation}</span>
              <span class="check-standards">{t("checkBasis", list.format(check.standards))}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
