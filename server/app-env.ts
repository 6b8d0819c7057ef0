import type { Kysely } from "kysely";
import type { Database } from "../db/database";
import type { ValidSession } from "./auth/session";
import type { SessionCache } from "./auth/session-cache";
import type { Wait } from "./auth/throttle";
import type { Config } from "./config";

/** What every request handler finds in `c.var`. */
export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    config: Config;
    /** The signed-in user's session, or null. */
    session: ValidSession | null;
    /** How a throttled password check waits its turn (server/auth/throttle.ts). */
    wait: Wait;
    /** The process's session cache: sign-out clears its entries at once. */
    sessions: SessionCache;
  };
}
