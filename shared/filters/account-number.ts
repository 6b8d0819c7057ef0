import { z } from "zod/mini";

/** An account number as typed in a filter: a positive whole number. */
export const accountNumber = z.number({ error: "invalidInteger" }).check(
  z.int({ error: "invalidInteger" }),
  z.positive({ error: "outOfRange" }),
  z.maximum(2_147_483_647, { error: "outOfRange" }),
);
