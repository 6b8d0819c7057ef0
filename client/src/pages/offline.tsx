import { Page } from "../components/Page";
import { useI18n } from "../i18n";
import { KeptRecordings } from "../offline/KeptRecordings";
import { RecentlyViewed } from "../offline/RecentlyViewed";
import "../offline/offline.css";

/** "Sur cet appareil / On this device": the reports and recordings kept here for offline use. */
export default function OfflinePage() {
  const { t } = useI18n();
  return (
    <Page title={t().offline.title} lead={t().offline.lead}>
      <div class="offline-page">
        <RecentlyViewed />
        <KeptRecordings />
      </div>
    </Page>
  );
}
