import { trpc } from "../api";

/** What this device is told of (`push.subscribe`'s choices; docs/notifications.md). */
export interface PushChoices {
  accounts: number[];
  messages: boolean;
  callOutcomes: ("answered" | "unanswered" | "abandoned" | "busy" | "automated")[];
  includeTitle: boolean;
}

/**
 * Whether this browser can receive Web Push: `ios-not-installed` is Safari on iPhone or iPad
 * outside a Home Screen app, where Apple offers no push at all (iOS 16.4+ installed apps only).
 */
export type PushSupport = "supported" | "unsupported" | "ios-not-installed";

export function pushSupport(): PushSupport {
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1);
  const installed = matchMedia("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
  if (ios && !installed) return "ios-not-installed";
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window ? "supported" : "unsupported";
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

/** The browser's push subscription on this device, if any. */
export async function browserSubscription(): Promise<PushSubscription | null> {
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

/** This device's choices on the server, or null when its notifications are off. */
export async function deviceChoices(): Promise<PushChoices | null> {
  const subscription = await browserSubscription();
  if (!subscription) return null;
  return trpc.push.device.query({ endpoint: subscription.endpoint });
}

/** Asks the browser's permission, subscribes with the portal's key, and tells the server. */
export async function turnOn(choices: PushChoices): Promise<"on" | "denied"> {
  if ((await Notification.requestPermission()) !== "granted") return "denied";
  const reg = await registration();
  if (!reg) throw new Error("no service worker");
  const { publicKey } = await trpc.push.publicKey.query();
  const subscription = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64url(publicKey) });
  const { endpoint, keys } = subscription.toJSON();
  await trpc.push.subscribe.mutate({ ...choices, endpoint: endpoint!, keys: { p256dh: keys!.p256dh!, auth: keys!.auth! } });
  return "on";
}

export async function saveChoices(choices: PushChoices): Promise<void> {
  const subscription = await browserSubscription();
  if (!subscription) throw new Error("not subscribed");
  await trpc.push.update.mutate({ ...choices, endpoint: subscription.endpoint });
}

export async function turnOff(): Promise<void> {
  const subscription = await browserSubscription();
  if (!subscription) return;
  await trpc.push.unsubscribe.mutate({ endpoint: subscription.endpoint });
  await subscription.unsubscribe();
}

/**
 * On sign-out: the server already deleted this device's subscription with the session; the
 * browser forgets its own, so the push service stops keeping it too.
 */
export async function forgetThisDevice(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  try {
    await (await browserSubscription())?.unsubscribe();
  } catch {
    // nothing to forget
  }
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
