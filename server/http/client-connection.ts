import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Config } from "../config";

export interface ClientConnection {
  /** The browser's address: the peer's, or, behind a trusted proxy, the one the proxy names. */
  address: string;
  /** Whether the browser reached us over HTTPS (directly or through a trusted TLS proxy). */
  https: boolean;
}

type ProxyConfig = Pick<Config, "secureCookies" | "trustProxy">;

/**
 * Who is on the other end of this request. With `TRUST_PROXY` on, a request from a loopback
 * peer (the TLS proxy in front of the portal, on the same machine) is taken at its word:
 * `X-Forwarded-Proto: https` makes cookies Secure and sends HSTS, and the last address of
 * `X-Forwarded-For` (the one the proxy added) is the client's, for sign-in throttling. From any
 * other peer those headers are ignored: anyone can send them.
 */
export function clientConnection(c: Context, config: ProxyConfig): ClientConnection {
  return connectionOf(config, peerAddress(c), (name) => c.req.header(name));
}

/** The same from a peer address and a header reader (a route reading Node's request itself). */
export function connectionOf(config: ProxyConfig, peer: string, header: (name: string) => string | undefined): ClientConnection {
  if (config.trustProxy && isLoopback(peer)) {
    const forwardedFor = (header("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean).at(-1);
    const proto = (header("x-forwarded-proto") ?? "").split(",")[0]!.trim().toLowerCase();
    return { address: forwardedFor ?? peer, https: config.secureCookies || proto === "https" };
  }
  return { address: peer, https: config.secureCookies };
}

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests: no socket.
    return "unknown";
  }
}

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}
