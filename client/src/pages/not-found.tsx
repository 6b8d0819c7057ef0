import { Page } from "../components/Page";
import { useI18n } from "../i18n";

/** Any unknown address (signed in). */
export default function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t().notFound.title}>
      <div class="card notice">
        <p>{t().notFound.body}</p>
        <a href="/" class="button">
          {t().common.backHome}
        </a>
      </div>
    </Page>
  );
}
