import type { AddressInfo } from "node:net";

interface Listening {
  address(): AddressInfo | string | null;
  once(event: "listening", listener: () => void): unknown;
}

/** The port a server listening on loopback got (port 0 asks the kernel for a free one). */
export async function listeningPort(server: Listening): Promise<number> {
  if (!server.address()) await new Promise<void>((resolve) => server.once("listening", resolve));
  return (server.address() as AddressInfo).port;
}
