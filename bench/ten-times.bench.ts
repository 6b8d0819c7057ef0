import { kyselyFor, poolFor } from "../db/connection";
import { addDays, today } from "../shared/time-zone";
import { ensureBillableDataset } from "./datasets/billable";
import { ensureCallsDataset } from "./datasets/calls";
import { ensureMessagesDataset } from "./datasets/messages";
import { ensureTenTimesDataset, TEN_TIMES } from "./datasets/ten-times";
import { type Portal, startPortal } from "./harness/portal-server";
import { BENCH_TIME_ZONE as zone } from "./harness/report-context";
import { atMost, printTable } from "./harness/report-table";
import { medianTimer, ms, ratio } from "./harness/timing";

/**
 * Ten times the data: the recorder's first page, a messages keyword search, the statistics'
 * figures and a page of billable calls, each over 60 days of the busy account, and the cycle meter
 * (this cycle and the previous one by local day), over HTTP (the
 * real app, signed in), on the 1× data sets (130,000 calls among 5,000,000; 60,000 messages;
 * 45,000 billed calls) and on the 10× one (1,300,000 calls among 10,000,000; 600,000 messages;
 * 450,000 billed calls), in the same run; and how much each grows (10× / 1×).
 */
const median = medianTimer({ runs: 20, warmup: 4 });
const USER = "bench-ten-times";

interface Case {
  name: string;
  procedure: string;
  input: (account: number) => unknown;
  /** The 1× data set holding this case's rows. */
  dataset: "calls" | "messages" | "billable";
  /** The 10× target, when the issue sets one. */
  target?: number;
}

export async function run() {
  const day = today(zone);
  const sixty = { from: addDays(day, -59), to: day };
  const cases: Case[] = [
    {
      name: "recorder, 60 days, first page",
      procedure: "recordings.search",
      input: (account) => ({ from: `${sixty.from}T00:00`, to: `${sixty.to}T23:59`, account }),
      dataset: "calls",
    },
    {
      name: 'messages, 60 days, keyword "tremblay"',
      procedure: "messages.search",
      input: (account) => ({ filters: { ...sixty, account, keyword: "tremblay" }, offset: 0 }),
      dataset: "messages",
    },
    {
      name: "statistics, 60 days, the 16 figures",
      procedure: "statistics.figures",
      input: (account) => ({ from: addDays(day, -60), to: day, account }),
      dataset: "calls",
      target: 10,
    },
    {
      name: "billable calls, 60 days, first page",
      procedure: "billable.page",
      input: (account) => ({ filters: { ...sixty, account } }),
      dataset: "billable",
      target: 30,
    },
    {
      name: "cycle meter, two cycles by local day",
      procedure: "billable.cycleMeter",
      input: (account) => ({ account }),
      dataset: "billable",
    },
  ];
  const single = {
    calls: await ensureCallsDataset(),
    messages: await ensureMessagesDataset(),
    billable: await ensureBillableDataset(),
  };
  const tenfold = await ensureTenTimesDataset();
  const times = new Map<string, number>();
  const measureOn = async (url: string, accountNumber: number, which: Case[], label: string) => {
    const pool = poolFor(url, 6);
    const db = kyselyFor(pool);
    let portal: Portal | null = null;
    try {
      await pool.query("vacuum analyze call_statistics_slots, billable_call_slots");
      portal = await startPortal({ db, accountNumber, username: USER });
      for (const c of which) {
        const p = portal;
        times.set(`${label}:${c.name}`, await median(() => p.query(c.procedure, c.input(accountNumber))));
      }
    } finally {
      await portal?.close();
      await db.deleteFrom("users").where("username", "=", USER).execute();
      await db.destroy();
    }
  };
  for (const dataset of ["calls", "messages", "billable"] as const) {
    const { url, accountNumber } = single[dataset];
    await measureOn(url, accountNumber, cases.filter((c) => c.dataset === dataset), "1×");
  }
  await measureOn(tenfold.url, tenfold.accountNumber, cases, "10×");

  const rows = cases.map((c) => {
    const one = times.get(`1×:${c.name}`)!;
    const ten = times.get(`10×:${c.name}`)!;
    return [c.name, ms(one, 1), ms(ten, 1), ratio(ten, one), c.target ? atMost(ten, c.target, "ms") : ""];
  });
  printTable(
    [
      `over HTTP, medians (10×: ${TEN_TIMES.calls.toLocaleString("en")} calls among 10,000,000)`,
      "1× data",
      "10× data",
      "growth 10× / 1×",
      "target at 10×",
    ],
    rows,
  );
}
