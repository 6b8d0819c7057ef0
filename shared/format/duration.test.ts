import { describe, expect, it } from "vitest";
import { formatMinSec, formatMinutes } from "./duration";

describe("duration", () => {
  it("shows minutes with one decimal by default", () => {
    expect(formatMinutes(72, "fr")).toBe("1,2");
    expect(formatMinutes(72, "en")).toBe("1.2");
    expect(formatMinutes(390, "en", 2)).toBe("6.50");
  });

  it("shows mm:ss", () => {
    expect(formatMinSec(105)).toBe("01:45");
    expect(formatMinSec(30)).toBe("00:30");
    expect(formatMinSec(3725)).toBe("62:05");
    expect(formatMinSec(0)).toBe("00:00");
  });
});
