import type { RecordInput } from "../../db/import/record-schemas";
import { addDays } from "../../shared/time-zone";
import type { DemoCompany } from "./demo-companies";
import { Random } from "./random";

/** An invoice's own lines, in the client's language (only the system's "BALANCE" is the same in both). */
const words = {
  fr: {
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    recorder: "Enregistreur d'appels",
    service: "Services centre d'appels",
    minutes: (n: number, from: string, to: string) => `${n} minutes du ${from} au ${to}`,
    day: (day: number, month: string, year: string) => `${day} ${month}${year ? ` ${year}` : ""}`,
    fax: "Service télécopieur",
    gst: "TPS (5 %)",
    qst: "TVQ (9,975 %)",
    payments: ["Paiement reçu – merci", "Paiement préautorisé", "Paiement par chèque – merci"],
  },
  en: {
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    recorder: "Call recorder",
    service: "Call centre services",
    minutes: (n: number, from: string, to: string) => `${n} minutes from ${from} to ${to}`,
    day: (day: number, month: string, year: string) => `${month} ${day}${year ? `, ${year}` : ""}`,
    fax: "Fax service",
    gst: "GST (5%)",
    qst: "QST (9.975%)",
    payments: ["Payment received – thank you", "Pre-authorized payment", "Payment by cheque – thank you"],
  },
};

/**
 * About 14 months of a company's billing history: an invoice on each 20th for the cycle that
 * ended on the 19th (balance brought forward, call recorder, call-centre services per account,
 * fax, minutes of the cycle, taxes) and the payment that followed, as a negative amount.
 */
export function billingHistory(company: DemoCompany, today: string): RecordInput<"billing_entry">[] {
  const random = new Random(`billing-${company.billingNumber}`);
  const w = words[company.language];
  const entries: RecordInput<"billing_entry">[] = [];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  // The latest invoice date not after today, then 13 before it.
  let year = ty;
  let month = tm;
  if (td < 20) [year, month] = previous(year, month);
  const invoices: [number, number][] = [];
  for (let i = 0; i < 14; i++) {
    invoices.unshift([year, month]);
    [year, month] = previous(year, month);
  }
  let balance = 0; // cents owed before the invoice
  for (const [y, m] of invoices) {
    const date = `${y}-${pad(m)}-20`;
    const id = (n: number) => `${y}${pad(m)}-${pad(n)}`;
    const lines: { description: string; cents: number; account: number | null }[] = [];
    lines.push({ description: "BALANCE", cents: balance, account: null });
    let subtotal = 0;
    for (const account of company.accounts) {
      const recorder = 2500;
      const service = account.weekdayCalls > 40 ? 18900 : 14900;
      lines.push({ description: w.recorder, cents: recorder, account: account.accountNumber });
      lines.push({ description: w.service, cents: service, account: account.accountNumber });
      const minutes = Math.round(account.weekdayCalls * 22 * (2.2 + random.next() * 1.2));
      const [py, pm] = previous(y, m);
      const minutesCents = Math.round(minutes * 35);
      lines.push({
        description: w.minutes(minutes, w.day(20, w.months[pm - 1]!, py !== y ? String(py) : ""), w.day(19, w.months[m - 1]!, String(y))),
        cents: minutesCents,
        account: account.accountNumber,
      });
      subtotal += recorder + service + minutesCents;
    }
    if (company.fax) {
      lines.push({ description: w.fax, cents: 1250, account: null });
      subtotal += 1250;
    }
    const gst = Math.round(subtotal * 0.05);
    const qst = Math.round(subtotal * 0.09975);
    lines.push({ description: w.gst, cents: gst, account: null });
    lines.push({ description: w.qst, cents: qst, account: null });
    const invoiceTotal = subtotal + gst + qst;
    lines.forEach((l, i) =>
      entries.push({
        type: "billing_entry",
        billingNumber: company.billingNumber,
        entryId: id(i + 1),
        date,
        description: l.description,
        amount: money(l.cents),
        accountNumber: l.account,
      }),
    );
    balance += invoiceTotal;
    // Paid in full about two weeks later, now and then late or in part.
    const paymentDate = addDays(date, random.int(8, 20));
    if (paymentDate <= today && !random.chance(0.08)) {
      const paid = random.chance(0.1) ? Math.round(invoiceTotal / 2) : balance;
      entries.push({
        type: "billing_entry",
        billingNumber: company.billingNumber,
        entryId: id(90),
        date: paymentDate,
        description: random.pick(w.payments),
        amount: money(-paid),
        accountNumber: null,
      });
      balance -= paid;
    }
  }
  return entries;
}

function previous(year: number, month: number): [number, number] {
  return month === 1 ? [year - 1, 12] : [year, month - 1];
}

function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${pad(abs % 100)}`;
}

function pad(n: number) {
  return String(n).padStart(2, "0");
}
