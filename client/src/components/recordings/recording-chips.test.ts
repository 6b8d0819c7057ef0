import { describe, expect, it } from "vitest";
import { recordingsFilters } from "../../../../shared/filters/recordings";
import { en, fr } from "../../../../shared/i18n";
import { recordingChips, withoutChip } from "./recording-chips";

describe("the recorder's active filters as chips", () => {
  it("shows nothing for the opening view but the account", () => {
    const f = recordingsFilters.parse({ period: "recent", account: 5201 });
    expect(recordingChips(f, fr, "fr")).toEqual([{ key: "account", label: "Compte", value: "5201" }]);
  });

  it("names the period and the criteria, in the user's language, defaults left out", () => {
    const f = recordingsFilters.parse({ period: "hours3", agent: "ELD", minMinutes: 0, maxMinutes: 5 });
    expect(recordingChips(f, en, "en").map((c) => `${c.label}: ${c.value}`)).toEqual(["Period: Previous three hours", "Agent: ELD", "Maximum duration (min): 5"]);
  });

  it("clears a removed chip back to the page's default", () => {
    const f = recordingsFilters.parse({ period: "custom", from: "2026-11-30T00:00", to: "2026-11-30T23:59", maxMinutes: 5 });
    expect(withoutChip(f, "period")).toMatchObject({ period: "recent", from: undefined, to: undefined });
    expect(withoutChip(f, "maxMinutes").maxMinutes).toBe(9999);
  });
});
