import type { Kysely } from "kysely";
import webpush from "web-push";
import type { Database } from "../../db/database";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const cache = new WeakMap<Kysely<Database>, Promise<VapidKeys>>();

/**
 * The portal's VAPID key pair: made once, by whichever process first needs it, and kept in the
 * database (one row; a second process racing to make its own keeps the first). Every
 * subscription is tied to the public key, so the keys must never change by themselves.
 */
export function vapidKeys(db: Kysely<Database>): Promise<VapidKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = loadOrMake(db);
    cache.set(db, keys);
    keys.catch(() => cache.delete(db));
  }
  return keys;
}

async function loadOrMake(db: Kysely<Database>): Promise<VapidKeys> {
  const made = webpush.generateVAPIDKeys();
  await db
    .insertInto("vapid_keys")
    .values({ public_key: made.publicKey, private_key: made.privateKey })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const row = await db.selectFrom("vapid_keys").select(["public_key", "private_key"]).executeTakeFirstOrThrow();
  return { publicKey: row.public_key, privateKey: row.private_key };
}
