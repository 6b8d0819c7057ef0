import { z } from "zod";

/** An account number as typed in a filter: a positive whole number. */
export const accountNumber = z
  .number({ error: "invalidInteger" })
  .int({ error: "invalidInteger" })
  .positive({ error: "outOfRange" })
  .max(2_147_483_647, { error: "outOfRange" });
