import path from "node:path";

/** The portal's configuration: the service's environment variables and the portal's own, every one in the README's configuration table. */
export interface Config {
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  dataDir: string;
  port: number;
  host: string;
  timeZone: string;
  recordingsDir: string;
  retentionDays: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  /** Where account-change requests are sent (the manual's service@…). */
  serviceEmail: string;
  /** The accounts-receivable contact text shown under the billing history, per language. */
  receivablesContact: { fr: string; en: string };
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however much it is used. */
  sessionMaxDays: number;
  /** Secure cookies need HTTPS; off only for plain-HTTP local use. */
  secureCookies: boolean;
  /** Believe X-Forwarded-Proto / X-Forwarded-For from a loopback peer (a TLS proxy on this machine). */
  trustProxy: boolean;
  /** The built client, served by the server. */
  clientDir: string;
  /** The switch's interface (docs/ingest.md): the largest NDJSON body, the largest recording, requests a minute per token. */
  ingest: { maxBodyBytes: number; maxRecordingBytes: number; requestsPerMinute: number };
  /** On SIGTERM, how long requests and recording streams in flight may take to finish. */
  shutdownGraceSeconds: number;
  /** Web Push to plain-HTTP endpoints (a test push service on loopback); real push services are HTTPS. */
  pushAllowHttp: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const data = path.resolve(env.PORTAL_DATA_DIR ?? "./data");
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.join(data, "pg"),
    port: integer(env.PORT, 3000, "PORT"),
    host: env.HOST || "127.0.0.1",
    timeZone: timeZone(env.PORTAL_TIMEZONE || "America/Toronto"),
    recordingsDir: path.resolve(env.RECORDINGS_DIR || path.join(data, "recordings")),
    retentionDays: integer(env.RETENTION_DAYS, 60, "RETENTION_DAYS"),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || "portal@localhost",
    outboxDir: path.resolve(env.OUTBOX_DIR || path.join(data, "outbox")),
    serviceEmail: env.SERVICE_EMAIL || "service@localhost",
    receivablesContact: {
      fr:
        env.RECEIVABLES_CONTACT_FR ||
        "Pour obtenir de plus amples informations sur la facturation ou sur les paiements, veuillez contacter notre département des comptes recevables au (514) 736-6767 – (800) 667-6767, du lundi au vendredi, de 8 h 30 à 17 h.",
      en:
        env.RECEIVABLES_CONTACT_EN ||
        "For more information about billing or payments, please call our accounts-receivable department at (514) 736-6767 – (800) 667-6767, Monday to Friday, 8:30 a.m. to 5:00 p.m.",
    },
    sessionIdleMinutes: integer(env.SESSION_IDLE_MINUTES, 60 * 24 * 14, "SESSION_IDLE_MINUTES"),
    sessionMaxDays: integer(env.SESSION_MAX_DAYS, 30, "SESSION_MAX_DAYS"),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES !== "false" : !isLoopback(env.HOST || "127.0.0.1"),
    trustProxy: flag(env.TRUST_PROXY, false, "TRUST_PROXY"),
    clientDir: path.resolve(env.CLIENT_DIR || "dist/client"),
    ingest: {
      maxBodyBytes: integer(env.INGEST_MAX_BYTES, 32 * 1024 * 1024, "INGEST_MAX_BYTES"),
      maxRecordingBytes: integer(env.RECORDING_MAX_BYTES, 200 * 1024 * 1024, "RECORDING_MAX_BYTES"),
      requestsPerMinute: integer(env.INGEST_REQUESTS_PER_MINUTE, 600, "INGEST_REQUESTS_PER_MINUTE"),
    },
    shutdownGraceSeconds: integer(env.SHUTDOWN_GRACE_SECONDS, 10, "SHUTDOWN_GRACE_SECONDS"),
    pushAllowHttp: flag(env.PUSH_ALLOW_HTTP, false, "PUSH_ALLOW_HTTP"),
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
}

function flag(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === "") return fallback;
  if (["1", "true", "yes", "on"].includes(value.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, not "${value}"`);
}

function timeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw new Error(`PORTAL_TIMEZONE "${zone}" is not a time zone`);
  }
  return zone;
}

function isLoopback(host: string) {
  return host === "127.0.0.1" || host === "localhost" || host === "::1";
}
