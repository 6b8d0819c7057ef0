import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Database } from "./database";

const folder = path.join(import.meta.dirname, "migrations");

/** Dated migration files in `db/migrations`, applied in the order of their names. */
class MigrationFolder implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of (await readdir(folder)).sort()) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith(".test.ts")) continue;
      migrations[file.replace(/\.(ts|js)$/, "")] = await import(pathToFileURL(path.join(folder, file)).href);
    }
    return migrations;
  }
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Unordered: migrations of work done side by side are named by issue, not by when they land, so
  // a database may already hold a later name than one that arrives (each still runs once).
  const migrator = new Migrator({ db, provider: new MigrationFolder(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
