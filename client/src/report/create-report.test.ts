import { createRoot, createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import { createReport } from "./create-report";

/** A request the test answers (or fails) when it wants, to see what the page shows meanwhile. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createReport: the one store of every report page", () => {
  it("runs the first search at once, then keeps the old rows, marked stale, during the next", async () => {
    const answers = [pending<string>(), pending<string>()];
    let asked = 0;
    const saved: unknown[] = [];
    const report = createRoot(() =>
      createReport({ initial: () => ({ q: "a" }), load: () => answers[asked++]!.promise, save: (f) => saved.push(f) }),
    );
    expect(report.loading()).toBe(true);
    expect(report.data()).toBeUndefined();
    expect(report.stale()).toBe(false);
    answers[0]!.resolve("rows of a");
    await tick();
    expect(report.data()).toBe("rows of a");
    expect(saved).toEqual([]);

    const second = report.run({ q: "b" });
    expect(report.data()).toBe("rows of a");
    expect(report.stale()).toBe(true);
    expect(saved).toEqual([{ q: "b" }]);
    answers[1]!.resolve("rows of b");
    await second;
    expect(report.data()).toBe("rows of b");
    expect(report.stale()).toBe(false);
  });

  it("drops a late answer to an older search", async () => {
    const answers = { a: pending<string>(), b: pending<string>(), c: pending<string>() };
    const report = createRoot(() => createReport({ initial: () => "a" as keyof typeof answers, load: (f) => answers[f].promise }));
    void report.run("b");
    void report.run("c");
    answers.c.resolve("C");
    await tick();
    answers.b.resolve("B");
    answers.a.resolve("A");
    await tick();
    expect(report.data()).toBe("C");
    expect(report.filters()).toBe("c");
  });

  it("keeps the rows shown when a search fails, and says why", async () => {
    let fail = false;
    const report = createRoot(() =>
      createReport({ initial: () => 1, load: async (n: number) => (fail ? Promise.reject(new Error("boom")) : `page ${n}`) }),
    );
    await tick();
    fail = true;
    await report.run(2);
    expect(report.data()).toBe("page 1");
    expect(report.failure()).toEqual({ kind: "unexpected" });
    expect(report.stale()).toBe(true);
  });

  it("says the server was not reached when the form's checks could not be fetched, keeping the rows", async () => {
    const report = createRoot(() => createReport({ initial: () => 1, load: async () => "rows" }));
    await tick();
    const fetched = await Promise.reject(new TypeError("Failed to fetch dynamically imported module")).catch(report.fail);
    expect(fetched).toBeUndefined();
    expect(report.data()).toBe("rows");
    expect(report.failure()).toEqual({ kind: "network" });
    expect(report.stale()).toBe(true);
  });

  it("marks the rows stale while the form holds a bad value", async () => {
    const report = createRoot(() => createReport({ initial: () => 1, load: async () => "rows" }));
    await tick();
    report.setInvalid(true);
    expect(report.stale()).toBe(true);
    await report.run(1);
    expect(report.stale()).toBe(false);
  });

  it("appends 'more' rows and replaces a turned page", async () => {
    const report = createRoot(() =>
      createReport({
        initial: () => "f",
        load: async (_f: string, offset: number) => [offset, offset + 1],
        append: (shown, next) => [...shown, ...next],
      }),
    );
    await tick();
    await report.more(2);
    expect(report.data()).toEqual([0, 1, 2, 3]);
    await report.turnTo(10);
    expect(report.data()).toEqual([10, 11]);
    expect(report.offset()).toBe(10);
  });

  it("re-runs the report for the account chosen in the header, and shows it in the form", async () => {
    const [account, setAccount] = createSignal<number | undefined>(5201);
    const loaded: unknown[] = [];
    const inForm: unknown[] = [];
    const saved: unknown[] = [];
    const report = createRoot(() =>
      createReport({
        initial: () => ({ from: "2026-11-01", account: account() }),
        load: async (f) => {
          loaded.push(f);
          return f;
        },
        save: (f) => saved.push(f),
        account: { current: account, apply: (f, a) => ({ ...f, account: a }) },
        showInForm: (f) => inForm.push(f),
      }),
    );
    await tick();
    setAccount(5202);
    await tick();
    expect(loaded).toEqual([
      { from: "2026-11-01", account: 5201 },
      { from: "2026-11-01", account: 5202 },
    ]);
    expect(report.filters()).toEqual({ from: "2026-11-01", account: 5202 });
    expect(saved).toEqual([{ from: "2026-11-01", account: 5202 }]);
    expect(inForm.at(-1)).toEqual({ from: "2026-11-01", account: 5202 });
  });
});
