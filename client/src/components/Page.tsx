import { children, createEffect, type JSX, Show } from "solid-js";
import { useI18n } from "../i18n";
import { AccountBar } from "./AccountBar";

/**
 * A signed-in page's top: its title (the `<h1>`, also the document title) and, right under
 * it, the account and billing numbers. Every signed-in page renders inside one.
 */
export function Page(props: { title: string; lead?: JSX.Element; class?: string; children: JSX.Element }) {
  const { t } = useI18n();
  // Resolved once: a JSX lead read by the `Show` and again inside it would be built twice.
  const lead = children(() => props.lead);
  createEffect(() => {
    document.title = `${props.title} — ${t().common.appName}`;
  });
  return (
    <div class={`page ${props.class ?? ""}`}>
      <div class="page-head">
        <h1 class="page-title">{props.title}</h1>
        <AccountBar />
        <Show when={lead()}>
          <p class="page-lead">{lead()}</p>
        </Show>
      </div>
      {props.children}
    </div>
  );
}
