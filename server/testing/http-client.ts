import type { Hono } from "hono";

/**
 * Talks to a Hono app the way a browser on the same origin would: it keeps the session
 * cookie and sends an Origin header with every non-GET request.
 */
export class TestBrowser {
  cookie = "";
  constructor(
    private app: Hono<any>,
    private origin = "http://portal.test",
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("host", new URL(this.origin).host);
    if (this.cookie) headers.set("cookie", this.cookie);
    if ((init.method ?? "GET") !== "GET" && !headers.has("origin")) headers.set("origin", this.origin);
    const res = await this.app.request(`${this.origin}${path}`, { ...init, headers });
    const set = res.headers.get("set-cookie");
    if (set) {
      const pair = set.split(";")[0]!;
      this.cookie = pair.endsWith("=") ? "" : pair;
    }
    return res;
  }

  signIn(username: string, password: string) {
    return this.request("/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
  }

  /** Calls a tRPC query (GET) or mutation (POST) and returns the parsed JSON answer. */
  async trpc(path: string, input?: unknown, kind: "query" | "mutation" = "query") {
    const res =
      kind === "query"
        ? await this.request(
            `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          )
        : await this.request(`/trpc/${path}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(input ?? null),
          });
    return { status: res.status, body: (await res.json()) as any };
  }
}
