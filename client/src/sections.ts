import type { Component } from "solid-js";
import type { Dictionary } from "../../shared/i18n";
import {
  AccountIcon,
  BillableIcon,
  BillingIcon,
  MessagesIcon,
  RecordingsIcon,
  StatisticsIcon,
} from "./components/icons";

/**
 * The six sections of the portal, in the manual's order. Each has its path, its icon, its
 * strings (`sections.<key>` in the dictionaries: `title`, `description`, and whatever else the
 * section needs) and its page module in `pages/`, loaded on first visit.
 */
export type SectionKey = keyof Dictionary["sections"];

export interface Section {
  key: SectionKey;
  path: string;
  Icon: Component<{ class?: string }>;
  page: () => Promise<{ default: Component }>;
}

export const sections: readonly Section[] = [
  { key: "recordings", path: "/recordings", Icon: RecordingsIcon, page: () => import("./pages/recordings") },
  { key: "messages", path: "/messages", Icon: MessagesIcon, page: () => import("./pages/messages") },
  { key: "account", path: "/account", Icon: AccountIcon, page: () => import("./pages/account") },
  { key: "billing", path: "/billing", Icon: BillingIcon, page: () => import("./pages/billing") },
  { key: "billable", path: "/billable", Icon: BillableIcon, page: () => import("./pages/billable") },
  { key: "statistics", path: "/statistics", Icon: StatisticsIcon, page: () => import("./pages/statistics") },
];
