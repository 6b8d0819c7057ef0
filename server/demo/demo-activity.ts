import type { RecordInput } from "../../db/import/record-schemas";
import { addDays, fromLocal, toLocal } from "../../shared/time-zone";
import {
  agents,
  cities,
  type DemoAccount,
  type DemoCompany,
  dentalReasons,
  firstNames,
  insurers,
  lastNames,
  plumbingProblems,
  streets,
} from "./demo-companies";
import { Random } from "./random";

type Language = DemoCompany["language"];

/** A demo call, and the clip (index into the demo's clips) it is recorded as, if any. */
export interface DemoCall {
  record: RecordInput<"call">;
  clip: number | null;
  caller: Caller;
}

export interface DayActivity {
  calls: DemoCall[];
  messages: RecordInput<"message">[];
  billable: RecordInput<"billable_call">[];
}

/** Calls per hour of the day (local), relative: office hours busy, a few at night. */
const hourWeights: readonly (readonly [number, number])[] = [
  [0, 0.3], [1, 0.2], [2, 0.15], [3, 0.1], [4, 0.1], [5, 0.2], [6, 0.5],
  [7, 4], [8, 8], [9, 10], [10, 10], [11, 8], [12, 6], [13, 8], [14, 9], [15, 8], [16, 7],
  [17, 5], [18, 3.5], [19, 2.5], [20, 1.5], [21, 0.6], [22, 0.5], [23, 0.4],
];

const DAY0 = Date.UTC(2020, 0, 1);
/** Days since 2020-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - DAY0) / 864e5);
}

/**
 * The calls of one account on one local date, and the messages and billable calls that come
 * from them, in the client's language (the agents write to the client in it, whoever calls). The same account and date always give the same activity, whatever day it is
 * generated on (only calls after `now` are left out), so loading the demo again the next day
 * updates yesterday's calls in place and adds today's.
 */
export function dayActivity(
  account: DemoAccount,
  /** The client's language: its messages and billable calls are written in it. */
  language: Language,
  slot: number,
  date: string,
  timeZone: string,
  now: Date,
  clipSeconds: readonly number[],
): DayActivity {
  const random = new Random(`${account.accountNumber}-${date}`);
  const weekday = toLocal(fromLocal(date, "12:00", timeZone), timeZone).weekday;
  const weekend = weekday === 0 || weekday === 6;
  const base = weekend ? account.weekdayCalls * 0.2 : account.weekdayCalls * (weekday === 1 ? 1.15 : 1);
  const count = Math.max(3, Math.min(95, Math.round(base * (0.8 + random.next() * 0.4))));

  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const hour = random.weighted(hourWeights);
    const second = hour * 3600 + random.int(0, 3599);
    times.push(second);
  }
  times.sort((a, b) => a - b);

  const activity: DayActivity = { calls: [], messages: [], billable: [] };
  const dayBase = (dayNumber(date) * 4 + slot) * 100;
  times.forEach((second, i) => {
    const time = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
    const started = fromLocal(date, time, timeZone);
    if (started > now) return;
    const callNumber = 1_000_000 + dayBase + i + 1;
    const call = makeCall(random, account, language, callNumber, started, timeZone, clipSeconds);
    const end = new Date(started.getTime() + call.record.durationSeconds * 1000);
    if (end > now) return;
    activity.calls.push(call);
    const r = call.record;
    if (r.outcome === "answered") {
      activity.billable.push({
        type: "billable_call",
        accountNumber: account.accountNumber,
        callNumber,
        at: r.startedAt,
        description: billableWords[language][r.transferred ? "transferred" : "answered"],
        number: r.callerId ?? "",
        callerName: r.callerName ?? "",
        agent: r.agent ?? "",
        statSeconds: r.agentSeconds ?? 0,
      });
      if (random.chance(0.6)) {
        const message = makeMessage(random, account, language, call, end, now);
        if (message) activity.messages.push(message);
      }
    }
  });
  return activity;
}

function makeCall(
  random: Random,
  account: DemoAccount,
  language: Language,
  callNumber: number,
  started: Date,
  timeZone: string,
  clipSeconds: readonly number[],
): DemoCall {
  const kind = random.weighted([
    ["in", 86],
    ["out", 9],
    ["disconnect", 5],
  ] as const);
  const outcome =
    kind === "in"
      ? random.weighted([
          ["answered", 70],
          ["automated", 10],
          ["abandoned", 10],
          ["unanswered", 5],
          ["busy", 5],
        ] as const)
      : null;
  const [agent, homeStation] = random.pick(agents);
  const station = random.chance(0.85) ? homeStation : random.int(1, 12);
  const caller = randomCaller(random, language);
  const distributionGroup = random.weighted([
    [0, 60],
    [1, 30],
    [2, 10],
  ] as const);
  const record: RecordInput<"call"> = {
    type: "call",
    callNumber,
    accountNumber: account.accountNumber,
    startedAt: isoWithOffset(started, timeZone),
    kind,
    durationSeconds: 0,
    callerId: caller.phone,
    callerName: caller.displayName,
    agent: null,
    station: null,
    outcome,
    answerDelaySeconds: null,
    agentSeconds: 0,
    holdSeconds: 0,
    workSeconds: 0,
    transferred: false,
    transferSeconds: null,
    distributionGroup,
    quality: null,
    recording: null,
  };
  let clip: number | null = null;
  if (outcome === "answered") {
    const answerDelay = random.exponential(9, 90);
    const talk = 25 + random.exponential(110, 900);
    const hold = random.chance(0.3) ? random.int(5, 150) : 0;
    const transferred = random.chance(0.1);
    const transferSeconds = transferred ? random.int(5, 60) : null;
    const around = answerDelay + hold + (transferSeconds ?? 0);
    // A recorded call lasts exactly as long as its recording: its talk time is fitted to a clip.
    if (random.chance(0.85)) clip = nearestClip(clipSeconds, around + talk, around);
    const fitted = clip === null ? talk : clipSeconds[clip]! - around;
    Object.assign(record, {
      agent,
      station,
      answerDelaySeconds: answerDelay,
      agentSeconds: fitted,
      holdSeconds: hold,
      workSeconds: random.int(10, 120),
      transferred,
      transferSeconds,
      durationSeconds: around + fitted,
      quality: Math.min(100, random.int(55, 100) + (answerDelay < 10 ? 5 : 0)),
    });
  } else if (kind === "out") {
    const talk = 15 + random.exponential(70, 600);
    const dialling = random.int(5, 20);
    if (random.chance(0.7)) clip = nearestClip(clipSeconds, talk + dialling, dialling);
    const fitted = clip === null ? talk : clipSeconds[clip]! - dialling;
    Object.assign(record, {
      agent,
      station,
      agentSeconds: fitted,
      workSeconds: random.int(5, 60),
      durationSeconds: fitted + dialling,
      quality: random.int(60, 100),
    });
  } else if (kind === "disconnect") {
    const answeredFirst = random.chance(0.4);
    Object.assign(record, {
      agent: answeredFirst ? agent : null,
      station: answeredFirst ? station : null,
      durationSeconds: random.int(0, 6),
    });
  } else if (outcome === "automated") {
    Object.assign(record, { durationSeconds: random.int(15, 95), quality: random.int(70, 100) });
  } else if (outcome === "abandoned") {
    Object.assign(record, { durationSeconds: random.int(4, 75) });
  } else if (outcome === "unanswered") {
    Object.assign(record, { durationSeconds: random.int(30, 120) });
  } else {
    Object.assign(record, { durationSeconds: random.int(0, 3) });
  }
  return { record, clip, caller };
}

/** The clip closest to `seconds` that leaves at least 10 s of talk after `around` seconds of ringing, holding and transferring; null if none does. */
export function nearestClip(clipSeconds: readonly number[], seconds: number, around: number): number | null {
  let best: number | null = null;
  clipSeconds.forEach((length, i) => {
    if (length - around < 10) return;
    if (best === null || Math.abs(length - seconds) < Math.abs(clipSeconds[best]! - seconds)) best = i;
  });
  return best;
}

interface Caller {
  first: string;
  last: string;
  phone: string;
  displayName: string;
}

/** How the phone network names callers without a name, as the client's switch shows them. */
const anonymous = {
  fr: { wireless: "SANS FIL", unknown: "INCONNU" },
  en: { wireless: "WIRELESS CALLER", unknown: "PRIVATE" },
};

const billableWords = {
  fr: { answered: "Appel répondu", transferred: "Appel transféré" },
  en: { answered: "Answered call", transferred: "Transferred call" },
};

function randomCaller(random: Random, language: Language): Caller {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const area = random.weighted([
    ["514", 40],
    ["450", 35],
    ["438", 15],
    ["819", 5],
    ["613", 5],
  ] as const);
  const phone = `${area}-555-${String(random.int(100, 9999)).padStart(4, "0")}`;
  const display = random.weighted([
    ["name", 60],
    ["wireless", 15],
    ["unknown", 10],
    ["blank", 15],
  ] as const);
  const displayName =
    display === "name"
      ? `${strip(last).toUpperCase()} ${strip(first).toUpperCase().slice(0, 1)}`
      : display === "wireless"
        ? anonymous[language].wireless
        : display === "unknown"
          ? anonymous[language].unknown
          : "";
  return { first, last, phone, displayName };
}

function makeMessage(
  random: Random,
  account: DemoAccount,
  language: Language,
  call: DemoCall,
  end: Date,
  now: Date,
): RecordInput<"message"> | null {
  const r = call.record;
  const takenAt = new Date(end.getTime() + random.int(5, 90) * 1000);
  if (takenAt > now) return null;
  const caller = call.caller;
  const english = language === "en";
  const phone = caller.phone;
  const [city, postalPrefix] = random.pick(cities[language]);
  const postal = `${postalPrefix} ${random.int(1, 9)}${String.fromCharCode(65 + random.int(0, 25))}${random.int(1, 9)}`;
  const address = english ? `${random.int(12, 9850)} ${random.pick(streets.en)}` : `${random.int(12, 9850)}, ${random.pick(streets.fr)}`;
  let title: string;
  let fields: { label: string; value: string }[];
  if (account.messages === "plumbing") {
    const urgent = random.chance(0.2);
    const problem = random.pick(english ? plumbingProblems.en : plumbingProblems.fr);
    title = english
      ? urgent
        ? "URGENT"
        : random.pick(["SERVICE REQUEST", "GENERAL MESSAGE", "QUOTE REQUEST"])
      : urgent
        ? "URGENT"
        : random.pick(["DEMANDE DE SERVICE", "MESSAGE GÉNÉRAL", "SOUMISSION"]);
    fields = english
      ? [
          { label: "First name", value: caller.first },
          { label: "Last name", value: caller.last },
          { label: "Phone", value: phone },
          { label: "Address", value: address },
          { label: "City", value: city },
          { label: "Postal code", value: postal },
          { label: "Issue", value: problem },
          { label: "Best time to call back", value: random.pick(["Morning", "Afternoon", "Any time", "After 5 p.m."]) },
        ]
      : [
          { label: "Prénom", value: caller.first },
          { label: "Nom", value: caller.last },
          { label: "Tél", value: phone },
          { label: "Adresse", value: address },
          { label: "Ville", value: city },
          { label: "Code postal", value: postal },
          { label: "Problème", value: problem },
          { label: "Disponibilité", value: random.pick(["Matin", "Après-midi", "En tout temps", "Après 17 h"]) },
        ];
  } else {
    const urgent = random.chance(0.15);
    const reason = random.pick(english ? dentalReasons.en : dentalReasons.fr);
    title = urgent ? "URGENT" : english ? random.pick(["APPOINTMENT", "GENERAL MESSAGE"]) : random.pick(["RENDEZ-VOUS", "ANNULATION", "MESSAGE GÉNÉRAL"]);
    const birth = `${random.int(1940, 2018)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    fields = english
      ? [
          { label: "First name", value: caller.first },
          { label: "Last name", value: caller.last },
          { label: "Phone", value: phone },
          { label: "Date of birth", value: birth },
          { label: "Reason", value: reason },
          { label: "Insurer", value: random.pick(insurers.en) },
          { label: "Preferred time", value: random.pick(["Morning", "Noon", "End of day", "None"]) },
        ]
      : [
          { label: "Prénom", value: caller.first },
          { label: "Nom", value: caller.last },
          { label: "Tél", value: phone },
          { label: "Date de naissance", value: birth },
          { label: "Motif", value: reason },
          { label: "Assureur", value: random.pick(insurers.fr) },
          { label: "Préférence de rendez-vous", value: random.pick(["Matin", "Midi", "Fin de journée", "Aucune"]) },
        ];
  }

  const history: { at: string; event: string }[] = [];
  let t = takenAt.getTime();
  const at = (seconds: number) => {
    t += seconds * 1000;
    return new Date(t);
  };
  const push = (when: Date, event: string) => {
    if (when <= now) history.push({ at: when.toISOString().replace(".000Z", "Z"), event });
  };
  push(at(random.int(2, 20)), `email initiated to ${account.email}`);
  push(at(random.int(1, 15)), `email completed to ${account.email}`);
  if (title === "URGENT" || random.chance(0.25)) {
    push(at(random.int(3, 30)), `sms sent to ${account.smsTo}`);
  }
  push(at(random.int(30, 900)), "Delivered");
  if (random.chance(0.7)) push(at(random.int(300, 14_400)), "Taken");

  return {
    type: "message",
    messageId: 30_000_000 + r.callNumber,
    accountNumber: account.accountNumber,
    callNumber: r.callNumber,
    takenAt: takenAt.toISOString().replace(".000Z", "Z"),
    agent: r.agent ?? "",
    title,
    fields,
    history,
  };
}

/** `2026-11-25T09:14:03-05:00`: the local wall time in `zone`, with its offset. */
export function isoWithOffset(instant: Date, zone: string): string {
  const l = toLocal(instant, zone);
  const offsetMinutes = Math.round(
    (Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(instant.getTime() / 1000) * 1000) /
      60000,
  );
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${l.date}T${l.time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The `days` local dates that end with today, oldest first. */
export function lastDates(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
}

function pad(n: number) {
  return String(n).padStart(2, "0");
}

function strip(s: string) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/'/g, "");
}
