import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import type { Access } from "../../server/access";
import type { ReportContext } from "../../server/reports/report-definition";

/** The service's zone in every benchmark, so the portal and the bare SQL cut days alike. */
export const BENCH_TIME_ZONE = "America/Toronto";

/** What a report gets inside the portal, for calling a report or compiling its SQL directly. */
export function reportContext(db: Kysely<Database>, access: Access): ReportContext {
  return { db, access, timeZone: BENCH_TIME_ZONE, retentionDays: 60, now: new Date() };
}
