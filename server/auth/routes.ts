import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { unstorableTextPaths } from "../../shared/filters/storable-text";
import { validationMessage } from "../../shared/filters/validation";
import type { AppEnv } from "../app-env";
import { clientConnection } from "../http/client-connection";
import { decoyHash, verifyPassword } from "./password";
import { createSession, invalidateSession, sessionCookieName, sessionIdOf, sessionPolicyOf } from "./session";
import { throttledCheck } from "./throttle";

/** `POST /auth/login` and `POST /auth/logout`, as docs/http-routes.md fixes them. */
export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.post("/login", async (c) => {
    const { db, config } = c.var;
    const isForm = !(c.req.header("content-type") ?? "").includes("application/json");
    let username = "";
    let password = "";
    try {
      const body = isForm ? await c.req.parseBody() : await c.req.json();
      username = typeof body.username === "string" ? body.username.trim() : "";
      password = typeof body.password === "string" ? body.password : "";
    } catch {
      return c.json({ error: "bad_request" }, 400);
    }
    const invalid = unstorableTextPaths({ username, password });
    if (invalid.length > 0) {
      const message = validationMessage("invalidCharacter", (c.req.header("accept-language") ?? "").startsWith("en") ? "en" : "fr");
      return isForm
        ? c.text(message, 400)
        : c.json({ error: "invalid_input", fieldErrors: Object.fromEntries(invalid.map((p) => [p[0], ["invalidCharacter"]])) }, 400);
    }
    if (!username || !password || username.length > 200 || password.length > 1000) {
      return isForm ? c.text(invalidText, 401) : c.json({ error: "invalid_credentials" }, 401);
    }
    const address = clientConnection(c, config).address;
    let user: { id: number; locale: "fr" | "en" } | undefined;
    const outcome = await throttledCheck({ db, wait: c.var.wait }, { username, address }, async () => {
      const found = await db
        .selectFrom("users")
        .select(["id", "password_hash", "locale"])
        .where((eb) => eb(eb.fn("lower", ["username"]), "=", username.toLowerCase()))
        .executeTakeFirst();
      // Verify against a decoy when the user is unknown, so both answers take as long.
      const valid = await verifyPassword(found?.password_hash ?? decoyHash, password);
      if (found && valid) user = found;
      return user !== undefined;
    });
    if (outcome.throttled) {
      c.header("Retry-After", String(outcome.retryAfterSeconds));
      return isForm
        ? c.text(throttledText(outcome.retryAfterSeconds), 429)
        : c.json({ error: "throttled", retryAfterSeconds: outcome.retryAfterSeconds }, 429);
    }
    if (!user) {
      return isForm ? c.text(invalidText, 401) : c.json({ error: "invalid_credentials" }, 401);
    }
    const session = await createSession(db, user.id, sessionPolicyOf(config));
    setCookie(c, sessionCookieName, session.token, {
      httpOnly: true,
      secure: clientConnection(c, config).https,
      sameSite: "Lax",
      path: "/",
      // The session's absolute end: the browser forgets the cookie when the server does.
      expires: session.endsAt,
    });
    return isForm ? c.redirect("/", 303) : c.json({ ok: true, locale: user.locale });
  });

  app.post("/logout", async (c) => {
    const token = getCookie(c, sessionCookieName);
    if (token) {
      await invalidateSession(c.var.db, sessionIdOf(token));
      c.var.sessions.forgetSession(sessionIdOf(token));
    }
    deleteCookie(c, sessionCookieName, { path: "/", secure: clientConnection(c, c.var.config).https });
    return c.json({ ok: true });
  });

  return app;
}

const throttledText = (seconds: number) =>
  `Trop de tentatives : réessayez dans ${seconds} s. / Too many attempts: try again in ${seconds} s.`;

const invalidText =
  "Nom d'utilisateur ou mot de passe invalide. / Invalid user name or password.";
