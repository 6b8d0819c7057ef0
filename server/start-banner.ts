/**
 * What `npm start` prints once the portal listens: where it is, which database it uses, and
 * how to sign in — a few lines a newcomer reads at a glance, never JSON or a password from a
 * connection string.
 */
export interface BannerFacts {
  url: string;
  /** The embedded server's data folder, or DATABASE_URL. */
  database: { embedded: true; dataDir: string } | { embedded: false; url: string };
  /** The demo user just loaded (its password is new), or one that exists from an earlier start. */
  demo: { username: string; password: string } | { username: string; password: null } | null;
}

export function startBanner({ url, database, demo }: BannerFacts): string {
  const lines = [`Portail client: ${url}`];
  lines.push(`  database  ${database.embedded ? `embedded PostgreSQL, data in ${database.dataDir}` : withoutPassword(database.url)}`);
  if (demo?.password) lines.push(`  sign in   ${demo.username} / ${demo.password}`);
  else if (demo) lines.push(`  sign in   ${demo.username}; a new password: npm run --silent portal -- demo`);
  lines.push("Ctrl+C stops it.");
  return lines.join("\n");
}

function withoutPassword(connection: string): string {
  try {
    const { protocol, username, host, pathname } = new URL(connection);
    return `${protocol}//${username ? `${username}@` : ""}${host}${pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}
