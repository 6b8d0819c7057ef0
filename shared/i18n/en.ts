import { type Dictionary, joinParts } from "./dictionary";
import { enAccount } from "./en-account";
import { enBillable } from "./en-billable";
import { enBilling } from "./en-billing";
import { enCore } from "./en-core";
import { enMessages } from "./en-messages";
import { enOnThisDevice } from "./en-on-this-device";
import { enPassword } from "./en-password";
import { enRecordings } from "./en-recordings";
import { enServer } from "./en-server";
import { enStatistics } from "./en-statistics";

/** The whole English dictionary, as `fr.ts` joins French's: the same keys, checked by `Dictionary`. */
export const en: Dictionary = joinParts(
  enCore,
  enRecordings,
  enMessages,
  enAccount,
  enBilling,
  enBillable,
  enStatistics,
  enOnThisDevice,
  enPassword,
  enServer,
);
