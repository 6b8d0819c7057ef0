import { createEffect, type JSX, Show } from "solid-js";
import { useI18n } from "../i18n";
import { AccountBar } from "./AccountBar";

/**
 * A signed-in page's top: its title (the `<h1>`, also the document title) and, right under
 * it, the account and billing numbers. Every signed-in page renders inside one.
 */
export function Page(props: { title: string; lead?: JSX.Element; class?: string; children: JSX.Element }) {
  const { t } = useI18n();
  createEffect(() => {
    document.title = `${props.title} — ${t().common.appName}`;
  });
  return (
    <div class={`page ${props.class ?? ""}`}>
      <div class="page-head">
        <h1 class="page-title">{props.title}</h1>
        <AccountBar />
        <Show when={props.lead}>
          <p class="page-lead">{props.lead}</p>
        </Show>
      </div>
      {props.children}
    </div>
  );
}
