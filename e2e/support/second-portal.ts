import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startPortal } from "./portal-process";

/**
 * A second portal process on the e2e database (the one global-setup.ts started is the first):
 * what several portal processes behind a load balancer look like. `stop()` ends it.
 */
export async function startSecondPortal(): Promise<{ base: string; stop(): Promise<void> }> {
  const portal = await startPortal({
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    PORTAL_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "portal-e2e-second-")),
    RECORDINGS_DIR: process.env.E2E_RECORDINGS_DIR!,
  });
  return { base: portal.baseUrl, stop: portal.stop };
}
