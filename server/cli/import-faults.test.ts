import { execFileSync, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { dumpTables } from "../../db/testing/table-dump";
import { portal as portalCommand } from "../testing/portal-command";

/**
 * `portal import` under faults, for real: the process killed with SIGKILL in the middle of a big
 * file, and the recordings' disk full while it copies them (a small tmpfs mounted here).
 */
let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-import-faults-"));
  const base = path.join(dir, "base.ndjson");
  await writeFile(base, [billing, account, call(1)].map((r) => JSON.stringify(r)).join("\n") + "\n");
  const run = await portal(["import", base], path.join(dir, "recordings"));
  expect(run.code, run.stderr).toBe(0);
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const portal = (args: string[], recordingsDir: string) =>
  portalCommand(args, { DATABASE_URL: t.url, RECORDINGS_DIR: recordingsDir, PORTAL_DATA_DIR: path.join(dir, "data") });

const billing = { type: "billing_account", billingNumber: "120045", name: "Plomberie Laval inc." };
const account = { type: "account", accountNumber: 5201, billingNumber: "120045", name: "Plomberie Laval", group: 1 };
const recent = new Date(Date.now() - 3_600_000).toISOString();
const call = (callNumber: number, extra: Record<string, unknown> = {}) => ({
  type: "call",
  callNumber,
  accountNumber: 5201,
  startedAt: recent,
  kind: "in",
  durationSeconds: 60,
  callerId: "5145550101",
  callerName: "Jean Tremblay",
  outcome: "answered",
  answerDelaySeconds: 4,
  agentSeconds: 50,
  recording: null,
  ...extra,
});

/** The backends still connected to the test database from another process (the killed import's). */
async function otherBackends(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(t.db);
  return rows[0]!.n;
}

describe("portal import killed with SIGKILL", { timeout: 180_000 }, () => {
  it("leaves the database as it was: the transaction it was writing is rolled back", async () => {
    const file = path.join(dir, "big.ndjson");
    const out = createWriteStream(file);
    for (let n = 100_000; n < 250_000; n++) out.write(JSON.stringify(call(n)) + "\n");
    await new Promise((resolve) => out.end(resolve));
    const before = await dumpTables(t.db);
    const idle = await otherBackends();

    const child = spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", "import", file], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, DATABASE_URL: t.url, RECORDINGS_DIR: path.join(dir, "recordings"), PORTAL_DATA_DIR: path.join(dir, "data") },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    // Killed once it has written calls inside its transaction (an insert into calls seen running).
    let writing = false;
    for (let i = 0; i < 600 && !writing && child.exitCode === null; i++) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()
          and query ilike '%insert into "calls"%' and xact_start is not null`.execute(t.db);
      writing = rows[0]!.n > 0;
      if (!writing) await new Promise((r) => setTimeout(r, 50));
    }
    expect(writing, "the import was seen writing calls before it was killed").toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // PostgreSQL ends the backend once it sees its client gone; then nothing of it may remain.
    for (let i = 0; i < 200 && (await otherBackends()) > idle; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await otherBackends()).toBe(idle);
    expect(await dumpTables(t.db)).toEqual(before);
  });
});

const asRoot = process.getuid?.() === 0;
// Mounting a tmpfs needs root. Outside CI a developer's own account skips it; under CI it runs
// whatever the account, so that a runner that cannot mount fails instead of passing silently.
describe.skipIf(!asRoot && !process.env.CI)("portal import on a full disk (a 1 MiB tmpfs as RECORDINGS_DIR; needs root)", () => {
  let mount: string;
  beforeAll(async () => {
    mount = path.join(dir, "small-disk");
    await mkdir(mount, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount]);
  });
  afterAll(() => {
    if (mount) execFileSync("umount", [mount]);
  });

  it("fails whole with a clear line, and leaves neither a row nor a file, whole or half-written", async () => {
    const audio = path.join(dir, "audio");
    await mkdir(audio, { recursive: true });
    // Five recordings of 300 KB: the fourth no longer fits in 1 MiB.
    const lines: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const bytes = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(300_000, i + 1)]);
      await writeFile(path.join(audio, `call-${i}.wav`), bytes);
      lines.push(call(500 + i, { recording: { file: `audio/call-${i}.wav` } }));
    }
    const file = path.join(dir, "with-recordings.ndjson");
    await writeFile(file, lines.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const before = await dumpTables(t.db);

    const run = await portal(["import", file], mount);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const stderr = run.stderr.trimEnd().split("\n");
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^error: cannot copy recording call-\d\.wav into .*: no space left on the disk$/);
    expect(await dumpTables(t.db)).toEqual(before);
    expect(await readdir(mount)).toEqual([]);
  });
});
