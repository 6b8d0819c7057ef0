import { createSignal } from "solid-js";

/**
 * Whether the browser says it has a network, as a signal: what needs the network (a recording
 * not kept here) can say so while it is gone, and stop saying it when it is back.
 */
const [online, setOnline] = createSignal(typeof navigator === "undefined" || navigator.onLine);

if (typeof window !== "undefined") {
  window.addEventListener("online", () => setOnline(true));
  window.addEventListener("offline", () => setOnline(false));
}

export const isOnline = online;
