import { createDecipheriv, createECDH, hkdfSync, randomBytes } from "node:crypto";

/** A browser's side of a push subscription: its P-256 key pair and auth secret (RFC 8291). */
export interface DeviceKeys {
  /** As the browser gives them to the server (base64url). */
  p256dh: string;
  auth: string;
  privateKey: Buffer;
  publicKey: Buffer;
  authSecret: Buffer;
}

export function makeDeviceKeys(): DeviceKeys {
  const ecdh = createECDH("prime256v1");
  const publicKey = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return { p256dh: publicKey.toString("base64url"), auth: authSecret.toString("base64url"), privateKey: ecdh.getPrivateKey(), publicKey, authSecret };
}

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => Buffer.from(hkdfSync("sha256", ikm, salt, info, length));

/**
 * Decrypts a Web Push body the way the browser does (RFC 8291 on RFC 8188's aes128gcm): the
 * header gives the salt, the record size and the application server's ephemeral public key;
 * ECDH with the device's private key, then HKDF with the auth secret, give the content key and
 * nonce. One record; its padding ends with the 0x02 delimiter.
 */
export function decryptPush(body: Buffer, device: DeviceKeys): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);

  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(device.privateKey);
  const shared = ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), device.publicKey, serverKey]);
  const ikm = hkdf(device.authSecret, shared, keyInfo, 32);
  const key = hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16);
  const nonce = hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12);

  const decipher = createDecipheriv("aes-128-gcm", key, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("not the last record: no 0x02 delimiter");
  return padded.subarray(0, end).toString("utf8");
}
