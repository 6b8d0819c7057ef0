import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors";

describe("fieldErrorsOf", () => {
  const schema = z.object({
    filters: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate"), codes: z.array(z.number("invalidInteger")) }),
    limit: z.number().max(200, "tooLarge"),
  });

  it("keys a nested field's message by the field's own name", () => {
    const result = schema.safeParse({ filters: { from: "x", codes: [1, "a"] }, limit: 500 });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ from: ["invalidDate"], codes: ["invalidInteger"], limit: ["tooLarge"] });
  });

  it("leaves out a message about the whole input, which no field shows", () => {
    const result = z.object({ a: z.string() }).safeParse("nope");
    expect(fieldErrorsOf(result.error!)).toEqual({});
  });
});
