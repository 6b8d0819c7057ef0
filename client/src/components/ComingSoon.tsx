import { A } from "@solidjs/router";
import { useI18n } from "../i18n";

/** A placeholder for a section not built yet: says so, in the current language, and leads home. */
export function ComingSoon() {
  const { t } = useI18n();
  return (
    <div class="card notice" role="status">
      <p>{t().common.comingSoon}</p>
      <A href="/" class="button button--secondary">
        {t().common.backHome}
      </A>
    </div>
  );
}
