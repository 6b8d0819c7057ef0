import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portal as portalCommand } from "../testing/portal-command";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "portal-cli-"));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const portal = (args: string[], input = "") =>
  portalCommand(args, { DATABASE_URL: t.url, RECORDINGS_DIR: path.join(dir, "recordings"), PORTAL_DATA_DIR: path.join(dir, "data") }, input);

const oneLine = (s: string) => s.endsWith("\n") && s.trimEnd().split("\n").length === 1;

// Each case starts node processes (tsx, migrations, argon2): slow on a busy machine.
describe("portal command", { timeout: 120_000 }, () => {
  it("migrate prints the migrations it applied", async () => {
    const r = await portal(["migrate"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual({ migrated: [] });
  });

  it("token add prints the token once; list shows names only; revoke removes it", async () => {
    const added = await portal(["token", "add", "switch-1"]);
    expect(added.code).toBe(0);
    const { token } = JSON.parse(added.stdout);
    expect(token).toMatch(/^pit_[a-z2-7]{40}$/);
    expect(oneLine(added.stderr)).toBe(true);
    const listed = await portal(["token", "list"]);
    expect(JSON.parse(listed.stdout).tokens.map((t: { name: string }) => t.name)).toEqual(["switch-1"]);
    expect(listed.stdout).not.toContain(token);
    expect((await portal(["token", "add", "switch-1"])).code).toBe(1);
    expect(await portal(["token", "revoke", "switch-1"])).toMatchObject({ code: 0 });
    const again = await portal(["token", "revoke", "switch-1"]);
    expect(again.code).toBe(1);
    expect(oneLine(again.stderr)).toBe(true);
  });

  it("import prints counts; a bad file prints each bad line and a summary, exit 1", async () => {
    await writeFile(path.join(dir, "a.wav"), Buffer.from("RIFF....WAVE"));
    const good = path.join(dir, "good.ndjson");
    await writeFile(
      good,
      [
        { type: "billing_account", billingNumber: "900001", name: "Test inc." },
        { type: "account", accountNumber: 9101, billingNumber: "900001", name: "Test", group: 1, infoPages: [] },
        {
          type: "call",
          callNumber: 555,
          accountNumber: 9101,
          startedAt: "2026-11-20T10:00:00-05:00",
          kind: "in",
          durationSeconds: 30,
          outcome: "answered",
          agent: "ELD",
          recording: { file: "a.wav" },
        },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const r = await portal(["import", good]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      imported: { billing_account: 1, account: 1, call: 1, message: 0, billing_entry: 0, billable_call: 0 },
    });
    expect(await readdir(path.join(dir, "recordings"))).toEqual([expect.stringMatching(/^555-[0-9a-f]{16}\.wav$/)]);

    const bad = path.join(dir, "bad.ndjson");
    await writeFile(
      bad,
      [
        JSON.stringify({ type: "billing_account", billingNumber: "900002", name: "Other" }),
        "not json",
        JSON.stringify({ type: "billable_call", accountNumber: 1, callNumber: 1, at: "2026-11-20T10:00:00Z", statSeconds: 5 }),
      ].join("\n"),
    );
    const f = await portal(["import", bad]);
    expect(f.code).toBe(1);
    expect(f.stdout).toBe("");
    const lines = f.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^line 2: malformed JSON/);
    expect(lines[1]).toMatch(/^line 3: account 1 is neither/);
    expect(lines[2]).toMatch(/2 bad lines; nothing was changed/);
    const billing = await t.db.selectFrom("billing_accounts").select("billing_number").execute();
    expect(billing).toEqual([{ billing_number: "900001" }]);

    const missing = await portal(["import", path.join(dir, "missing.ndjson")]);
    expect(missing.code).not.toBe(0);
    expect(oneLine(missing.stderr)).toBe(true);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it("user add reads the password from stdin; user grant checks what it grants", async () => {
    const added = await portal(["user", "add", "marie", "--password-stdin", "--name", "Marie Roy", "--locale", "en"], "s3cret-pass\n");
    expect(added).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(added.stdout)).toMatchObject({ added: "marie" });
    const user = await t.db.selectFrom("users").selectAll().where("username", "=", "marie").executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: "Marie Roy", locale: "en", is_admin: false });
    const { verifyPassword } = await import("../auth/password");
    expect(await verifyPassword(user.password_hash, "s3cret-pass")).toBe(true);

    for (const [args, input, pattern] of [
      [["user", "add", "MARIE", "--password-stdin"], "another-pass\n", /already exists/],
      [["user", "add", "paul", "--password-stdin"], "short\n", /at least 8 characters/],
      [["user", "add", "paul", "--password-stdin"], "\n", /empty/],
      [["user", "add", "paul"], "long enough\n", /--password-stdin/],
      [["user", "add", "paul", "--password-stdin", "--locale", "de"], "long enough\n", /fr or en/],
      [["user", "grant", "marie", "--account", "4242"], "", /no account 4242/],
      [["user", "grant", "marie", "--billing", "000"], "", /no billing number "000"/],
      [["user", "grant", "nobody", "--account", "9101"], "", /no user "nobody"/],
      [["user", "grant", "marie"], "", /exactly one of --account or --billing/],
      [["user", "grant", "marie", "--account", "x"], "", /positive whole number/],
      [["frobnicate"], "", /unknown command "frobnicate"/],
    ] as const) {
      const r = await portal([...args], input);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(oneLine(r.stderr), r.stderr).toBe(true);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }

    const granted = await portal(["user", "grant", "marie", "--billing", "900001"]);
    expect(granted).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(granted.stdout)).toMatchObject({ granted: "marie", billingNumber: "900001" });
    const again = await portal(["user", "grant", "marie", "--billing", "900001"]);
    expect(again.code).toBe(0);
  });

  it("demo prints the demo user and a new password each time", async () => {
    const a = await portal(["demo"]);
    expect(a).toMatchObject({ code: 0, stderr: "" });
    const first = JSON.parse(a.stdout);
    expect(first).toEqual({ username: "demo", password: expect.any(String) });
    const b = await portal(["demo"]);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).password).not.toBe(first.password);
  });
});
