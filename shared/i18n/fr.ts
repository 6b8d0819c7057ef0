import { joinParts } from "./dictionary";
import { frAccount } from "./fr-account";
import { frBillable } from "./fr-billable";
import { frBilling } from "./fr-billing";
import { frCore } from "./fr-core";
import { frEmailDialog } from "./fr-email-dialog";
import { frMessages } from "./fr-messages";
import { frOnThisDevice } from "./fr-on-this-device";
import { frPassword } from "./fr-password";
import { frRecordings } from "./fr-recordings";
import { frServer } from "./fr-server";
import { frStatistics } from "./fr-statistics";
import { frStatisticsCalls } from "./fr-statistics-calls";
import { frStatisticsCharts } from "./fr-statistics-charts";

/**
 * The whole French dictionary: the core (`fr-core.ts`), every page's part and the server's own
 * words (`fr-server.ts`) joined, as the server reads it (exports, e-mails, notifications, the CLI). The browser loads the core and
 * each page's part apart (client/src/i18n.tsx), never this module.
 */
export const fr = joinParts(
  frCore,
  frRecordings,
  frMessages,
  frAccount,
  frBilling,
  frBillable,
  frStatistics,
  frStatisticsCalls,
  frStatisticsCharts,
  frEmailDialog,
  frOnThisDevice,
  frPassword,
  frServer,
);
