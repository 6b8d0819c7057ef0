import { toLocal } from "../../shared/time-zone";
import { recordingExtension } from "./content-type";

/**
 * The name a downloaded recording is saved under: local date and time of the call (the
 * service's zone), account, call number — `2026-11-20_0828_5201_13043858.wav` — so a folder
 * of downloads sorts by time and says whose call each file is.
 */
export function downloadName(
  call: { startedAt: Date; accountNumber: number; callNumber: number; file: string },
  timeZone: string,
): string {
  const local = toLocal(call.startedAt, timeZone);
  const hhmm = local.time.slice(0, 5).replace(":", "");
  const extension = recordingExtension(call.file).replace(/[^a-z0-9]/g, "") || "bin";
  return `${local.date}_${hhmm}_${call.accountNumber}_${call.callNumber}.${extension}`;
}
