import { z } from "zod";

/**
 * Text PostgreSQL refuses: the NUL character, in `text` columns and in `jsonb` alike. A query
 * carrying one fails inside the database with a message of its own; refused here instead, as a
 * field error (`invalidCharacter`), it never gets that far.
 */
const unstorable = /\u0000/;

/** The paths of every string in `value` (any depth, object keys included) the database would refuse. */
export function unstorableTextPaths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  // Iterative, so that a deeply nested input cannot exhaust the stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === "string") {
      if (unstorable.test(v)) found.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof v === "object" && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        if (unstorable.test(key)) found.push([...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found.reverse();
}

/** The issues (`invalidCharacter`, one per string) of a value holding text the database refuses. */
export function unstorableTextError(value: unknown): z.ZodError | null {
  const paths = unstorableTextPaths(value);
  if (paths.length === 0) return null;
  // The Error subclass (ZodRealError): tRPC keeps an Error as the cause, wraps anything else.
  return new z.ZodRealError(paths.map((path) => ({ code: "custom" as const, path, message: "invalidCharacter", input: undefined })));
}

/** `schema`, refusing first any text the database would refuse, wherever it is in the input. */
export function storable<T extends z.core.$ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      for (const path of unstorableTextPaths(value)) ctx.addIssue({ code: "custom", path, message: "invalidCharacter" });
    })
    .pipe(schema);
}
