import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "vite";

export interface BuiltClient {
  dir: string;
  remove(): Promise<void>;
}

/**
 * The client as `vite build` makes it (the project's own vite.config.ts: precompressed copies,
 * service worker), built into a temporary folder so that it measures the code as it is now and
 * leaves dist/ alone.
 */
export async function buildClient(): Promise<BuiltClient> {
  const root = path.resolve(import.meta.dirname, "../..");
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-bench-client-"));
  await build({
    configFile: path.join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
