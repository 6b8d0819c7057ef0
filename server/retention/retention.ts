import { unlink } from "node:fs/promises";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database";
import { retentionStart } from "../../shared/retention-window";
import { fileInside } from "../recordings/recording-file";

export interface RetentionResult {
  removed: { calls: number; recordingFiles: number; messages: number; billableCalls: number };
}

/**
 * Removes what is before the retention window (shared/retention-window.ts: local midnight
 * `retentionDays` days before today), exactly what no page shows any more: calls (and their recording files,
 * unless a remaining call still uses the same file — the import stores identical content once),
 * messages and billable calls. The billing history is kept whole: the page shows all of it (docs/billing.md).
 * The rows go in one transaction; files are unlinked after it commits, so a failure never
 * leaves a call pointing at a missing file.
 */
export async function applyRetention(
  db: Kysely<Database>,
  options: { retentionDays: number; timeZone: string; recordingsDir: string; now?: Date },
): Promise<RetentionResult> {
  const cutoff = retentionStart({ ...options, now: options.now ?? new Date() });
  const { calls, files, messages, billableCalls } = await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom("calls")
      .where("started_at", "<", cutoff)
      .returning("recording_file")
      .execute();
    const candidates = [...new Set(deleted.map((r) => r.recording_file).filter((f): f is string => f !== null))];
    const stillUsed =
      candidates.length === 0
        ? []
        : await trx
            .selectFrom("calls")
            .select("recording_file")
            .distinct()
            .where("recording_file", "=", sql<string>`any(${candidates}::text[])`)
            .execute();
    const used = new Set(stillUsed.map((r) => r.recording_file));
    const m = await trx.deleteFrom("messages").where("taken_at", "<", cutoff).executeTakeFirst();
    const b = await trx.deleteFrom("billable_calls").where("at", "<", cutoff).executeTakeFirst();
    return {
      calls: deleted.length,
      files: candidates.filter((f) => !used.has(f)),
      messages: Number(m.numDeletedRows),
      billableCalls: Number(b.numDeletedRows),
    };
  });
  let recordingFiles = 0;
  for (const name of files) {
    const found = await fileInside(options.recordingsDir, name);
    if (!found) continue;
    try {
      await unlink(found.path);
      recordingFiles += 1;
    } catch {
      // Already gone: nothing left to remove.
    }
  }
  return { removed: { calls, recordingFiles, messages, billableCalls } };
}

/** Runs `applyRetention` now and then every day, telling `report` what it removed; `stop()` ends the schedule. */
export function scheduleRetention(
  db: Kysely<Database>,
  options: { retentionDays: number; timeZone: string; recordingsDir: string },
  report: (result: RetentionResult) => void,
) {
  const run = () =>
    applyRetention(db, options).then(
      report,
      (e) => console.error(`retention: ${(e as Error).message}`),
    );
  void run();
  const timer = setInterval(run, 86_400_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
