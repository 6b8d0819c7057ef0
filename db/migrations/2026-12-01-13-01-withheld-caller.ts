import type { Kysely } from "kysely";

/**
 * A withheld number (or a `disconnect` record) has no caller ID and no caller name: the switch
 * sends null, and null is what we keep, so that the page can say "unknown caller" and the
 * exports leave the cell empty. Rows imported before keep their empty strings.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("calls")
    .alterColumn("caller_id", (c) => c.dropNotNull())
    .alterColumn("caller_id", (c) => c.dropDefault())
    .alterColumn("caller_name", (c) => c.dropNotNull())
    .alterColumn("caller_name", (c) => c.dropDefault())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable("calls").set({ caller_id: "" }).where("caller_id", "is", null).execute();
  await db.updateTable("calls").set({ caller_name: "" }).where("caller_name", "is", null).execute();
  await db.schema
    .alterTable("calls")
    .alterColumn("caller_id", (c) => c.setNotNull())
    .alterColumn("caller_id", (c) => c.setDefault(""))
    .alterColumn("caller_name", (c) => c.setNotNull())
    .alterColumn("caller_name", (c) => c.setDefault(""))
    .execute();
}
