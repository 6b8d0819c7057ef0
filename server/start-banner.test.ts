import { describe, expect, it } from "vitest";
import { startBanner } from "./start-banner";

describe("startBanner", () => {
  it("gives the URL, the embedded database's folder and a fresh demo sign-in", () => {
    expect(
      startBanner({
        url: "http://127.0.0.1:3000",
        database: { embedded: true, dataDir: "/srv/portal/data/pg" },
        demo: { username: "demo", password: "s3cr3t-s3cr3t-xy" },
      }),
    ).toBe(
      [
        "Portail client: http://127.0.0.1:3000",
        "  database  embedded PostgreSQL, data in /srv/portal/data/pg",
        "  sign in   demo / s3cr3t-s3cr3t-xy",
        "Ctrl+C stops it.",
      ].join("\n"),
    );
  });

  it("on a later start, names the command that gives a new demo password", () => {
    const text = startBanner({
      url: "http://127.0.0.1:3000",
      database: { embedded: true, dataDir: "/d" },
      demo: { username: "demo", password: null },
    });
    expect(text).toContain("  sign in   demo; a new password: npm run --silent portal -- demo");
  });

  it("never prints DATABASE_URL's password, and says nothing of a demo that is not there", () => {
    const text = startBanner({
      url: "http://127.0.0.1:3000",
      database: { embedded: false, url: "postgres://portal:hunter2@db.example:5432/portal" },
      demo: null,
    });
    expect(text).toContain("postgres://portal@db.example:5432/portal");
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("sign in");
  });
});
