import { type Dictionary, joinParts } from "./dictionary";
import { enAccount } from "./en-account";
import { enBillable } from "./en-billable";
import { enBilling } from "./en-billing";
import { enCore } from "./en-core";
import { enEmailDialog } from "./en-email-dialog";
import { enMessages } from "./en-messages";
import { enOnThisDevice } from "./en-on-this-device";
import { enPassword } from "./en-password";
import { enRecordings } from "./en-recordings";
import { enServer } from "./en-server";
import { enStatistics } from "./en-statistics";
import { enStatisticsCalls } from "./en-statistics-calls";
import { enStatisticsCharts } from "./en-statistics-charts";

/** The whole English dictionary, as `fr.ts` joins French's: the same keys, checked by `Dictionary`. */
export const en: Dictionary = joinParts(
  enCore,
  enRecordings,
  enMessages,
  enAccount,
  enBilling,
  enBillable,
  enStatistics,
  enStatisticsCalls,
  enStatisticsCharts,
  enEmailDialog,
  enOnThisDevice,
  enPassword,
  enServer,
);
