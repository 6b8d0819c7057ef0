import { accountRouter } from "../routers/account";
import { billableRouter } from "../routers/billable";
import { billingRouter } from "../routers/billing";
import { exportsRouter } from "../routers/exports";
import { linksRouter } from "../routers/links";
import { messagesRouter } from "../routers/messages";
import { pushRouter } from "../push/router";
import { recordingsRouter } from "../routers/recordings";
import { sessionRouter } from "../routers/session";
import { statisticsRouter } from "../routers/statistics";
import { router } from "./init";

/**
 * The tRPC API the client calls (`/trpc/<namespace>.<procedure>`): a router per report section
 * (`server/routers/<section>.ts`, each calling its section's report definition), beside the
 * session (sign-in state, language, password), the e-mailed exports, the push subscriptions
 * and the check of a page's link (`links.check`). A new section adds one line here
 * (docs/new-section.md); the routes outside tRPC are in server/app.ts (docs/http-routes.md).
 */
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
  links: linksRouter,
});

export type AppRouter = typeof appRouter;
