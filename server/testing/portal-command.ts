import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface PortalRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `portal <args>` as an operator runs it: a child process of its own (tsx, the real entry
 * point), with `env` added to this process's environment and `input` on its standard input.
 */
export function portal(args: string[], env: Record<string, string>, input = ""): Promise<PortalRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
