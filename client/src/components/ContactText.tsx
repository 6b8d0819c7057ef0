import { For } from "solid-js";
import { contactParts } from "../contact-links";

/**
 * Text whose phone numbers dial (`tel:`) and whose e-mail addresses write (`mailto:`), as text
 * nodes only (never HTML). A number never breaks across lines at its hyphens.
 */
export function ContactText(props: { text: string }) {
  return (
    <For each={contactParts(props.text)}>
      {(part) =>
        "href" in part ? (
          <a href={part.href} class={part.kind === "tel" ? "tel-link" : "mail-link"}>
            {part.text}
          </a>
        ) : (
          part.text
        )
      }
    </For>
  );
}
