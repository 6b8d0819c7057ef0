import { For } from "solid-js";
import { highlight } from "../../../../shared/search/keyword";

/**
 * Text with the keyword's matches in `<mark>`: built as text nodes, never as HTML, so a message
 * holding `<script>` shows those characters.
 */
export function Highlighted(props: { text: string; terms: readonly string[] }) {
  return (
    <For each={highlight(props.text, props.terms)}>{(part) => (part.mark ? <mark>{part.text}</mark> : part.text)}</For>
  );
}
