import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { registerServiceWorker } from "./sw-registration";

/** A worker whose state the test moves, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = "installing";
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  updates = 0;
  async update() {
    this.updates += 1;
  }
  /** What the browser does when it finds a new `/sw.js`. */
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
  }
  install(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.moveTo("installed");
  }
}

let registration: FakeRegistration;
let container: EventTarget & { controller: FakeWorker | null; register: Mock<(url: string, options: RegistrationOptions) => Promise<FakeRegistration>> };
let reload: Mock<() => void>;
let news: { updateWaiting: Mock<() => void>; offlineReady: Mock<() => void> };

beforeEach(() => {
  vi.useFakeTimers();
  registration = new FakeRegistration();
  container = Object.assign(new EventTarget(), {
    controller: null as FakeWorker | null,
    register: vi.fn(async (_url: string, _options: RegistrationOptions) => registration),
  });
  reload = vi.fn<() => void>();
  vi.stubGlobal("navigator", { serviceWorker: container });
  vi.stubGlobal("location", { reload });
  news = { updateWaiting: vi.fn<() => void>(), offlineReady: vi.fn<() => void>() };
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets the registration's promise settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("registerServiceWorker", () => {
  it("registers once it is told the page is ready", async () => {
    let ready = () => {};
    registerServiceWorker(news, new Promise<void>((resolve) => (ready = resolve)));
    await settle();
    expect(container.register).not.toHaveBeenCalled();
    ready();
    await settle();
    expect(container.register).toHaveBeenCalledWith("/sw.js", { scope: "/" });
  });

  it("says the first version is ready offline, and does not reload when it claims the page", async () => {
    registerServiceWorker(news, Promise.resolve());
    await settle();
    const first = new FakeWorker();
    registration.find(first);
    registration.install(first);
    expect(news.offlineReady).toHaveBeenCalledTimes(1);
    expect(news.updateWaiting).not.toHaveBeenCalled();
    registration.waiting = null;
    registration.active = first;
    first.moveTo("activated");
    container.controller = first;
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).not.toHaveBeenCalled();
  });

  it("offers a new version, starts it on request and reloads once it takes control", async () => {
    const current = new FakeWorker();
    registration.active = current;
    container.controller = current;
    const { activateUpdate } = registerServiceWorker(news, Promise.resolve());
    await settle();
    const next = new FakeWorker();
    registration.find(next);
    // Still installing: nothing said yet.
    expect(news.updateWaiting).not.toHaveBeenCalled();
    registration.install(next);
    expect(news.updateWaiting).toHaveBeenCalledTimes(1);
    expect(news.offlineReady).not.toHaveBeenCalled();
    activateUpdate();
    expect(next.messages).toEqual([{ type: "SKIP_WAITING" }]);
    container.controller = next;
    container.dispatchEvent(new Event("controllerchange"));
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("offers a version that was already waiting when the page opened", async () => {
    registration.active = new FakeWorker();
    registration.waiting = new FakeWorker();
    registerServiceWorker(news, Promise.resolve());
    await settle();
    expect(news.updateWaiting).toHaveBeenCalledTimes(1);
  });

  it("looks for a new version every hour", async () => {
    registerServiceWorker(news, Promise.resolve());
    await settle();
    expect(registration.updates).toBe(0);
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(registration.updates).toBe(1);
  });
});
