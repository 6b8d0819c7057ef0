/** The compressed encodings the portal sends, best first: brotli is smaller, gzip is everywhere. */
export const encodings = ["br", "gzip"] as const;
export type Encoding = (typeof encodings)[number];

/**
 * The encoding to answer with, given a request's `Accept-Encoding` and the encodings at hand
 * (in our order of preference): the one the client weighs highest (`q`), ties going to ours;
 * `null` for the plain bytes. `q=0` refuses an encoding, `*` stands for the ones not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weights.get(encoding) ?? weights.get("*") ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** The file-name suffix of each encoding's precompressed copy, written by the build. */
export const encodingSuffix: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

/** Adds `Accept-Encoding` to a response's `Vary` unless it is already there (or `*`). */
export function varyOnAcceptEncoding(headers: Headers) {
  const current = headers.get("Vary");
  if (current && (current.trim() === "*" || /(^|,)\s*accept-encoding\s*(,|$)/i.test(current))) return;
  headers.set("Vary", current ? `${current}, Accept-Encoding` : "Accept-Encoding");
}
