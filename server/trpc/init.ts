import { initTRPC, TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors";
import type { Database } from "../../db/database";
import type { Access } from "../access";
import type { ValidSession } from "../auth/session";
import type { SessionCache } from "../auth/session-cache";
import type { Wait } from "../auth/throttle";
import type { Config } from "../config";
import { unstorableTextError } from "../../shared/filters/storable-text";
import { type ReportContext, reportContext } from "../reports/report-definition";
import { dictionaries, type Locale } from "../../shared/i18n";
import { isDatabaseUnavailable } from "../../db/unavailable";

export interface Context {
  db: Kysely<Database>;
  config: Config;
  session: ValidSession | null;
  /** Response headers a procedure may set (Set-Cookie is the auth routes' job, not tRPC's). */
  resHeaders: Headers;
  /** The browser's address (behind a trusted proxy, the one it names): for throttling. */
  clientAddress: string;
  /** How a throttled password check waits its turn. */
  wait: Wait;
  /** The user's language (their setting, else the browser's), for the few messages the server words itself. */
  locale: Locale;
  /** The process's session cache (trusted 1 s at most; cleared here at once on sign-out). */
  sessions: SessionCache;
}

const t = initTRPC.context<Context>().create({
  // Never a stack trace to the user, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // An unexpected error's message is the thrown error's own (PostgreSQL's, say): never sent.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "internal_error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        // Field-by-field messages for forms; each message is a dictionary key the client translates.
        // Any zod error: the filters' schemas are zod/mini's (shared with the client), others zod's.
        fieldErrors: cause instanceof z.core.$ZodError ? fieldErrorsOf(cause) : null,
      },
    };
  },
});

export const router = t.router;

/**
 * PostgreSQL stopped or restarting is not the portal's fault nor the user's: any procedure
 * that meets it answers 503 SERVICE_UNAVAILABLE, in the user's language, instead of 500.
 */
const databaseAvailability = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: dictionaries[ctx.locale].common.serviceUnavailable, cause: result.error });
  }
  return result;
});
/**
 * Every procedure first refuses text the database would refuse (a NUL character), anywhere in
 * its input, as a field error: one check for every input, present and future.
 */
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(databaseAvailability).use(async ({ getRawInput, next }) => {
  const invalid = unstorableTextError(await getRawInput());
  if (invalid) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid_input", cause: invalid });
  return next();
});

/**
 * A procedure for signed-in users. It narrows the context to the user and their `Access`,
 * the account numbers they may see, read from their grants with the session: every report
 * takes it as a required argument and restricts its SQL to it. `report` is what every report
 * runs with (database, access, zone, retention, one `now` for the whole call), built here only.
 */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "signed_out" });
  const { access } = ctx.session;
  const report = reportContext(ctx.db, access, ctx.config);
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user, access, report } });
});

export type ProtectedContext = Context & { session: ValidSession; user: ValidSession["user"]; access: Access; report: ReportContext };
