/**
 * The keyword search of messages, the same on both sides: the database keeps, for each message,
 * a "compact" form of its title and field values (lower case, no accents, letters and digits
 * only, one `|` between parts — see the 2026-11-25-04 migration), and the keyword is cut into
 * terms that must each appear in it. So `equipement` finds `Équipement`, `rendez-vous` and
 * `rendez vous` find `RENDEZ-VOUS`, `H1H 1H1` finds `h1h1h1`, and `521-45` finds
 * `(514) 521-4567`. The page highlights the same terms with `highlight`.
 */

/** What PostgreSQL's `unaccent` turns into more than one letter, or that NFD leaves alone. */
const special: Record<string, string> = {
  "œ": "oe",
  "Œ": "OE",
  "æ": "ae",
  "Æ": "AE",
  "ß": "ss",
  "ø": "o",
  "Ø": "O",
  "đ": "d",
  "Đ": "D",
  "ł": "l",
  "Ł": "L",
};

/** One character folded as the database folds it: no accent, lower case, letters and digits only. */
export function foldChar(char: string): string {
  const base = special[char] ?? char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return base.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** `RENDEZ-VOUS` → `rendezvous`, `(514) 521-4567` → `5145214567`. */
export function compact(text: string): string {
  let out = "";
  for (const char of text) out += foldChar(char);
  return out;
}

/**
 * The keyword's terms, each compacted, empty ones (punctuation only) dropped, duplicates and
 * terms contained in another term removed (they would match wherever the longer one does).
 */
export function keywordTerms(keyword: string | null | undefined): string[] {
  if (!keyword) return [];
  const terms = [...new Set(keyword.split(/\s+/).map(compact).filter((t) => t.length > 0))];
  return terms.filter((t) => !terms.some((other) => other !== t && other.includes(t)));
}

export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * `text` cut into parts, those matching a term marked, mapped back to the original characters:
 * `highlight("Tél : (514) 521-4567", ["52145"])` marks `521-45`.
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === "") return [{ text, mark: false }];
  const chars = [...text];
  // For each letter of the compact form, the index of the original character it came from.
  let folded = "";
  const origin: number[] = [];
  chars.forEach((char, i) => {
    const f = foldChar(char);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      const first = origin[at]!;
      const last = origin[at + term.length - 1]!;
      for (let i = first; i <= last; i++) marked[i] = true;
      at = folded.indexOf(term, at + 1);
    }
  }
  // Two matches apart only by spaces or punctuation read as one (`RENDEZ-VOUS` for `rendez vous`).
  for (let i = 0; i < chars.length; i++) {
    if (marked[i] || i === 0 || !marked[i - 1]) continue;
    let end = i;
    while (end < chars.length && !marked[end] && foldChar(chars[end]!) === "") end++;
    if (end < chars.length && marked[end]) for (let k = i; k < end; k++) marked[k] = true;
  }
  const parts: TextPart[] = [];
  chars.forEach((char, i) => {
    const mark = marked[i]!;
    const previous = parts[parts.length - 1];
    if (previous && previous.mark === mark) previous.text += char;
    else parts.push({ text: char, mark });
  });
  return parts;
}
