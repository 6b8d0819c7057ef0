import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/testing/test-database";
import { createApp } from "./app";
import { testConfig } from "./testing/fixtures";

/**
 * What server/app.ts mounts, in order: a merge (or a refactor) that drops or reorders a
 * middleware — the compression, the Origin check, a body limit — or a route such as `/ingest`
 * fails here, where nothing else would notice until production. docs/http-routes.md says why
 * each is where it is.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("the app's routes and middleware", () => {
  it("are mounted in this order", () => {
    const app = createApp({ db: t.db, config: testConfig() });
    expect(app.routes.map((r) => `${r.method} ${r.path}${r.handler.name ? ` ${r.handler.name}` : ""}`)).toEqual([
      "ALL /* securityHeaders",
      "ALL /auth/* bodyLimit",
      "ALL /trpc/* bodyLimit",
      // Ahead of the session middleware: they check their own credentials.
      "GET /recordings/:callNumber",
      "HEAD /recordings/:callNumber",
      "ALL /ingest/*",
      "POST /ingest bodyLimit",
      "POST /ingest",
      "PUT /ingest/recordings/:callNumber",
      "GET /ingest/acknowledgements",
      "ALL /* compressJson",
      "ALL /* originCheck",
      "ALL /* session",
      "GET /healthz",
      "POST /auth/login",
      "POST /auth/logout",
      "GET /exports/:file",
      "ALL /exports/*",
      "GET /events",
      "ALL /trpc/* privateNoStore",
      "ALL /trpc/*",
      "ALL /trpc/* apiNotFound",
      "ALL /auth/* apiNotFound",
      "ALL /events/* apiNotFound",
      "ALL /ingest/* apiNotFound",
      // The built client.
      "GET /*",
      "HEAD /*",
    ]);
  });
});
