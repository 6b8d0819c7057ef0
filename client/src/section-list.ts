import type { CoreDictionary } from "../../shared/i18n";

/**
 * The six sections of the portal, in the manual's order: the one list the routes, the home
 * page, the phone's section bar, the API's offline copies, the filters kept in URLs and the e2e
 * specs all read. Plain data (no components), so Node-side tests can import it too; `sections.ts`
 * adds each one's icon and page module.
 */
export const sectionList = [
  { key: "recordings", path: "/recordings" },
  { key: "messages", path: "/messages" },
  { key: "account", path: "/account" },
  { key: "billing", path: "/billing" },
  { key: "billable", path: "/billable" },
  { key: "statistics", path: "/statistics" },
] as const satisfies readonly { key: keyof CoreDictionary["sections"]; path: string }[];

export type SectionKey = (typeof sectionList)[number]["key"];

export const sectionKeys: readonly SectionKey[] = sectionList.map((s) => s.key);

/** The section a path belongs to (`/messages/42` is Messages'), if any. */
export function sectionOfPath(pathname: string): SectionKey | undefined {
  return sectionList.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.key;
}
