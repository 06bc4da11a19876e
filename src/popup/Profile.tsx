// The article's sourcing profile, above the claims: how many unnamed sources, how they weigh against named ones, how
// much of the article rests on them, which checks fire most, and how many flags the reader set aside.
import type { SourcingProfile } from "../core/checks/types";
import { describeCheck } from "../core/checks/definitions";
import { t } from "../browser/platform";
import { useReviews } from "./ReviewsContext";
import { counted, uiLocale } from "../browser/i18n";

/** The profile lists this many of the checks that fire most. */
const TOP_CHECKS = 3;

export function Profile({ profile }: { profile: SourcingProfile }) {
  const { reviews } = useReviews();
  const locale = uiLocale();
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(profile.unnamedShare);
  const falseFlags = Object.values(reviews).filter((review) => review.status === "false-flag").length;
  const top = profile.topChecks.slice(0, TOP_CHECKS);
  return (
    <section class="profile" data-testid="profile" aria-labelledby="profile-title">
      <h2 id="profile-title" class="section-title">
        {t("profileTitle")}
      </h2>
      <dl>
        <dt>{t("profileUnnamedSources")}</dt>
        <dd data-testid="profile-sources">{number(profile.unnamedSources)}</dd>
        <dt>{t("profileAttributions")}</dt>
        <dd data-testid="profile-attributions">
          {t("profileAttributionsValue", [
            counted("attributionsNamed", profile.namedAttributions),
            counted("attributionsUnnamed", profile.unnamedAttributions),
          ])}
        </dd>
        <dt>{t("profileShare")}</dt>
        <dd data-testid="profile-share">
          {t("profileShareValue", [percent, number(profile.unnamedSentences), number(profile.sentences)])}
        </dd>
        {top.length > 0 && (
          <>
            <dt class="profile-wide">{t("profileTopChecks")}</dt>
            <dd class="profile-wide">
              <ol class="top-checks" data-testid="profile-top-checks">
                {top.map(({ id, claims }) => (
                  <li key={id} data-check-id={id}>
                    {t("profileCheckCount", [describeCheck(id, locale).title, number(claims)])}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {falseFlags > 0 && (
          <>
            <dt>{t("profileFalseFlags")}</dt>
            <dd data-testid="profile-false-flags">{number(falseFlags)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
