import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../../db/embedded-server";

export interface PortalProcess {
  baseUrl: string;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * The real portal (`node --import tsx server/main.ts`: the sources, never a stale build) on a
 * free port of 127.0.0.1, with `env` on top of this process's; resolves once `/healthz` answers.
 */
export async function startPortal(env: Record<string, string>): Promise<PortalProcess> {
  const root = path.resolve(import.meta.dirname, "../..");
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CLIENT_DIR: "dist/client", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  try {
    await waitForHealth(baseUrl, child, output);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, child, stop };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal exited (${child.exitCode}):\n${output.join("")}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the portal did not answer /healthz within 60 s:\n${output.join("")}`);
}
