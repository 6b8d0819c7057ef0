import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { findUser } from "../users/users";
import { loadAccess } from "../access";
import { toLocal } from "../../shared/time-zone";
import { createTestDatabase, type TestDatabase } from "../../db/testing/test-database";
import { dumpTables } from "../../db/testing/table-dump";
import { isDatabaseEmpty, loadDemo } from "./demo-data";
import { wavSeconds } from "./wav";

let t: TestDatabase;
let recordingsDir: string;
const now = new Date("2026-11-25T15:30:00Z");
const timeZone = "America/Toronto";

beforeAll(async () => {
  t = await createTestDatabase();
  recordingsDir = await mkdtemp(path.join(os.tmpdir(), "portal-demo-"));
});
afterAll(async () => {
  await t.drop();
  await rm(recordingsDir, { recursive: true, force: true });
});

const dump = () => dumpTables(t.db, [["grants", "id"]]);

describe("loadDemo", () => {
  let first: Awaited<ReturnType<typeof loadDemo>>;

  it("loads into an empty database", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    first = await loadDemo(t.db, { recordingsDir, timeZone, now });
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    expect(first.username).toBe("demo");
    expect(first.password).toMatch(/^\S{16}$/);
    const demo = await findUser(t.db, "demo");
    expect(await verifyPassword(demo!.password_hash, first.password)).toBe(true);
    expect((await loadAccess(t.db, demo!.id)).accountNumbers).toEqual([5201, 5202]);
    const other = await findUser(t.db, first.other.username);
    expect(await verifyPassword(other!.password_hash, first.other.password)).toBe(true);
    expect((await loadAccess(t.db, other!.id)).accountNumbers).toEqual([6101]);
  });

  it("has every kind and outcome, 60 days of calls up to now, mostly in office hours", async () => {
    const calls = await t.db.selectFrom("calls").selectAll().execute();
    expect(new Set(calls.map((c) => c.kind))).toEqual(new Set(["in", "out", "disconnect"]));
    expect(new Set(calls.map((c) => c.outcome))).toEqual(
      new Set(["automated", "abandoned", "unanswered", "answered", "busy", null]),
    );
    expect(new Set(calls.map((c) => c.account_number))).toEqual(new Set([5201, 5202, 6101]));
    expect(new Set(calls.map((c) => c.distribution_group))).toEqual(new Set([0, 1, 2]));
    expect(calls.every((c) => c.started_at <= now)).toBe(true);
    const oldest = Math.min(...calls.map((c) => c.started_at.getTime()));
    expect(now.getTime() - oldest).toBeLessThan(61 * 864e5);
    expect(now.getTime() - oldest).toBeGreaterThan(58 * 864e5);
    const hours = calls.map((c) => toLocal(c.started_at, timeZone).hour);
    const office = hours.filter((h) => h >= 7 && h < 21).length;
    expect(office / calls.length).toBeGreaterThan(0.9);
    expect(office).toBeLessThan(calls.length);
    // About 30–60 calls a weekday for each account.
    const perDay = new Map<string, number>();
    for (const c of calls) {
      const l = toLocal(c.started_at, timeZone);
      if (l.weekday === 0 || l.weekday === 6) continue;
      const key = `${c.account_number} ${l.date}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    const counts = [...perDay.values()];
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(30);
    expect(mean).toBeLessThan(60);
    for (const c of calls.filter((c) => c.outcome === "answered")) {
      expect(c.agent).toMatch(/^[A-Z]{3}$/);
      expect(c.answer_delay_seconds).not.toBeNull();
    }
  });

  it("gives answered calls playable WAV recordings, each as long as its call", async () => {
    const answered = await t.db.selectFrom("calls").selectAll().where("outcome", "=", "answered").execute();
    const recorded = answered.filter((c) => c.recording_file);
    expect(recorded.length / answered.length).toBeGreaterThan(0.7);
    const files = new Set(recorded.map((c) => c.recording_file!));
    expect(files.size).toBe(recorded.length);
    for (const c of recorded.slice(0, 20)) {
      const content = await readFile(path.join(recordingsDir, c.recording_file!));
      expect(c.recording_type).toBe("audio/wav");
      expect(content.length).toBe(c.recording_bytes);
      expect(content.toString("ascii", 0, 4)).toBe("RIFF");
      expect(content.toString("ascii", 8, 16)).toBe("WAVEfmt ");
      expect(content.readUInt16LE(20)).toBe(1); // PCM
      expect(content.readUInt16LE(22)).toBe(1); // mono
      expect(content.readUInt32LE(24)).toBe(4000);
      expect(content.readUInt16LE(34)).toBe(8);
      // The recorder's "Duration" is what the player plays.
      expect(wavSeconds(content)).toBe(c.duration_seconds);
    }
    const allRecorded = await t.db.selectFrom("calls").select(["duration_seconds", "recording_bytes"]).where("recording_file", "is not", null).execute();
    for (const c of allRecorded) expect(c.recording_bytes! - 44).toBeGreaterThanOrEqual(c.duration_seconds * 4000);
    // Hard links: thousands of recordings share 31 clips (7,040 s of 4 kHz 8-bit sound, 28 MB).
    let blocks = 0;
    const inodes = new Set<number>();
    for (const f of files) {
      const s = await stat(path.join(recordingsDir, f));
      if (!inodes.has(s.ino)) blocks += s.size;
      inodes.add(s.ino);
    }
    expect(blocks).toBeLessThan(32 * 1024 * 1024);
  });

  it("has messages with fields and delivery histories, billable calls and billing", async () => {
    const messages = await t.db.selectFrom("messages").selectAll().execute();
    expect(messages.length).toBeGreaterThan(500);
    const titles = new Set(messages.map((m) => m.title));
    for (const title of ["URGENT", "DEMANDE DE SERVICE", "MESSAGE GÉNÉRAL", "SOUMISSION", "APPOINTMENT", "GENERAL MESSAGE"]) expect(titles).toContain(title);
    const m = messages.find((m) => m.fields[0]?.label === "Prénom")!;
    expect(m.fields.map((f) => f.label).slice(0, 3)).toEqual(["Prénom", "Nom", "Tél"]);
    expect(m.history[0]!.event).toMatch(/^email initiated to /);
    expect(new Date(m.history[0]!.at).getTime()).toBeGreaterThan(m.taken_at.getTime());

    const billable = await t.db.selectFrom("billable_calls").selectAll().execute();
    const answered = await t.db.selectFrom("calls").select("call_number").where("outcome", "=", "answered").execute();
    expect(billable.length).toBe(answered.length);

    const entries = await t.db.selectFrom("billing_entries").selectAll().where("billing_number", "=", "120045").execute();
    expect(new Set(entries.map((e) => e.date.slice(0, 7))).size).toBeGreaterThanOrEqual(14);
    const descriptions = entries.map((e) => e.description);
    expect(descriptions).toContain("BALANCE");
    expect(descriptions).toContain("Enregistreur d'appels");
    expect(descriptions).toContain("Service télécopieur");
    expect(descriptions.some((d) => /^\d+ minutes du 20 \S+ au 19 \S+/.test(d))).toBe(true);
    expect(entries.some((e) => e.amount.startsWith("-"))).toBe(true);
  });

  it("writes each client's data in its language: the English-speaking clinic's all in English", async () => {
    const labels = async (account: number) =>
      new Set((await t.db.selectFrom("messages").select("fields").where("account_number", "=", account).execute()).flatMap((m) => m.fields.map((f) => f.label)));
    expect([...(await labels(6101))].sort()).toEqual(["Date of birth", "First name", "Insurer", "Last name", "Phone", "Preferred time", "Reason"]);
    for (const account of [5201, 5202]) expect(await labels(account)).toContain("Prénom");
    expect(await labels(5201)).not.toContain("First name");

    const clinic = await t.db.selectFrom("billing_entries").select("description").where("billing_number", "=", "130077").execute();
    const lines = clinic.map((e) => e.description);
    expect(lines).toContain("Call recorder");
    expect(lines.some((d) => /^\d+ minutes from [A-Z][a-z]+ 20(, \d{4})? to [A-Z][a-z]+ 19, \d{4}$/.test(d))).toBe(true);
    expect(lines.join(" ")).not.toMatch(/Paiement|Enregistreur|TPS| du /);

    const pages = await t.db.selectFrom("accounts").select(["account_number", "info_pages"]).execute();
    const titles = (n: number) => pages.find((p) => p.account_number === n)!.info_pages.map((p) => p.title);
    expect(titles(6101)).toEqual(["Clinic hours", "Instructions for agents", "Dentists and hygienists"]);
    expect(titles(5202)).toEqual(["Heures d'ouverture", "Instructions pour les agents"]);
    const billed = await t.db.selectFrom("billable_calls").select("description").distinct().where("account_number", "=", 6101).execute();
    expect(billed.map((b) => b.description).sort()).toEqual(["Answered call", "Transferred call"]);
    expect((await findUser(t.db, first.other.username))!.locale).toBe("en");
  });

  it("loads again with the same data and new passwords", async () => {
    const before = await dump();
    const second = await loadDemo(t.db, { recordingsDir, timeZone, now });
    expect(await dump()).toEqual(before);
    expect(second.password).not.toBe(first.password);
    const demo = await findUser(t.db, "demo");
    expect(await verifyPassword(demo!.password_hash, second.password)).toBe(true);
    expect(await verifyPassword(demo!.password_hash, first.password)).toBe(false);
  });
});
