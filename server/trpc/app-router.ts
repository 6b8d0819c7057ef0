import { accountRouter } from "../routers/account";
import { billableRouter } from "../routers/billable";
import { billingRouter } from "../routers/billing";
import { exportsRouter } from "../routers/exports";
import { messagesRouter } from "../routers/messages";
import { pushRouter } from "../push/router";
import { recordingsRouter } from "../routers/recordings";
import { sessionRouter } from "../routers/session";
import { statisticsRouter } from "../routers/statistics";
import { router } from "./init";

/** One router per portal section; each section's file adds itself here with one line. */
export const appRouter = router({
  session: sessionRouter,
  recordings: recordingsRouter,
  statistics: statisticsRouter,
  account: accountRouter,
  billing: billingRouter,
  billable: billableRouter,
  exports: exportsRouter,
  messages: messagesRouter,
  push: pushRouter,
});

export type AppRouter = typeof appRouter;
