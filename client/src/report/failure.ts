import { errorCode, isNetworkError } from "../api";
import { CallError } from "../trpc-client";
import { isNotViewedOffline } from "../offline/offline-link";

/**
 * Why a report's request failed, as every report page shows it: the network (with, offline, no
 * copy of these filters on this device), the server refusing some fields (their messages' keys,
 * shown by the form), or anything else (one message; never the server's raw text).
 */
export type Failure =
  | { kind: "network" }
  | { kind: "notViewed" }
  | { kind: "fields"; fields: Record<string, string> }
  | { kind: "unexpected" };

export function failureOf(error: unknown): Failure {
  if (isNotViewedOffline(error)) return { kind: "notViewed" };
  if (isNetworkError(error)) return { kind: "network" };
  if (errorCode(error) === "BAD_REQUEST" && error instanceof CallError) {
    const fields: Record<string, string> = {};
    for (const [field, keys] of Object.entries(error.data?.fieldErrors ?? {})) if (keys?.[0]) fields[field] = keys[0];
    if (Object.keys(fields).length > 0) return { kind: "fields", fields };
  }
  return { kind: "unexpected" };
}
