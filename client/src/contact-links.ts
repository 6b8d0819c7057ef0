/**
 * Phone numbers and e-mail addresses inside free text (a caller ID, a message's field, an
 * account's information page), found so the page can make them `tel:` and `mailto:` links.
 * Phone numbers are North American ones as agents type them: `514-555-0199`, `(514) 521-4567`,
 * `1 800 667-6767`, `+1.514.555.0100`, with an optional extension left as text.
 */
export type ContactPart = { text: string } | { text: string; href: string; kind: "tel" | "mailto" };

const pattern = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4})(?!\d)/g;

export function contactParts(text: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    // Inside a longer number (an account or call number): not a phone number.
    if (match[2] && start > 0 && /\d/.test(text[start - 1]!)) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    if (match[1]) parts.push({ text: match[1], href: `mailto:${match[1]}`, kind: "mailto" });
    else {
      const digits = match[2]!.replace(/\D/g, "");
      parts.push({ text: match[2]!, href: `tel:+${digits.length === 10 ? `1${digits}` : digits}`, kind: "tel" });
    }
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
