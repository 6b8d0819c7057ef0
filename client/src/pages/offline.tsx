import { Page } from "../components/Page";
import { useStrings } from "../i18n";
import { KeptRecordings } from "../offline/KeptRecordings";
import { RecentlyViewed } from "../offline/RecentlyViewed";
import { DeviceNotifications } from "../push/DeviceNotifications";
import "../offline/offline.css";

/** "Sur cet appareil / On this device": the reports and recordings kept here for offline use, and this device's notifications. */
export default function OfflinePage() {
  const t = useStrings("onThisDevice");
  return (
    <Page title={t().offline.title} lead={t().offline.lead}>
      <div class="offline-page">
        <RecentlyViewed />
        <KeptRecordings />
        <DeviceNotifications />
      </div>
    </Page>
  );
}
