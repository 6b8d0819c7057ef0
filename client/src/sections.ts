import type { Component } from "solid-js";
import {
  AccountIcon,
  BillableIcon,
  BillingIcon,
  MessagesIcon,
  RecordingsIcon,
  StatisticsIcon,
} from "./components/icons";
import { type SectionKey, sectionList } from "./section-list";

export type { SectionKey } from "./section-list";

/**
 * The sections of `section-list.ts` with what the browser needs besides: each one's icon and
 * its page module in `pages/`, loaded on first visit. Its strings are `sections.<key>` in the
 * dictionaries: `title` and `description` (Home, the nav) in the core (`fr-core.ts`), what its
 * page alone shows in its part (`fr-<key>.ts`), which the route loads with the page (app.tsx).
 */
export interface Section {
  key: SectionKey;
  path: string;
  Icon: Component<{ class?: string }>;
  page: () => Promise<{ default: Component }>;
}

const parts: Record<SectionKey, Pick<Section, "Icon" | "page">> = {
  recordings: { Icon: RecordingsIcon, page: () => import("./pages/recordings") },
  messages: { Icon: MessagesIcon, page: () => import("./pages/messages") },
  account: { Icon: AccountIcon, page: () => import("./pages/account") },
  billing: { Icon: BillingIcon, page: () => import("./pages/billing") },
  billable: { Icon: BillableIcon, page: () => import("./pages/billable") },
  statistics: { Icon: StatisticsIcon, page: () => import("./pages/statistics") },
};

export const sections: readonly Section[] = sectionList.map((s) => ({ ...s, ...parts[s.key] }));
