import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A second portal process on the e2e database (the one global-setup.ts started is the first):
 * what several portal processes behind a load balancer look like. `stop()` ends it.
 */
export async function startSecondPortal(): Promise<{ base: string; stop(): Promise<void> }> {
  const root = path.resolve(import.meta.dirname, "../..");
  const port = await freePort();
  const tmp = await mkdtemp(path.join(os.tmpdir(), "portal-e2e-second-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PORT: String(port),
      HOST: "127.0.0.1",
      CLIENT_DIR: "dist/client",
      PORTAL_DATA_DIR: tmp,
      RECORDINGS_DIR: process.env.E2E_RECORDINGS_DIR,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second portal exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error("the second portal did not answer /healthz within 60 s");
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
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
