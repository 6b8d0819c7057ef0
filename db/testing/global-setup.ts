import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedServer } from "../embedded-server";

/**
 * Gives every test file a real PostgreSQL server: the one of TEST_DATABASE_URL when set (CI
 * runs the suite a second time against the machine's PostgreSQL 15), else an embedded server
 * in a temporary directory, started once for the whole run.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("databaseServerUrl", given);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-test-pg-"));
  const server = await startEmbeddedServer(dir);
  project.provide("databaseServerUrl", server.url);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
