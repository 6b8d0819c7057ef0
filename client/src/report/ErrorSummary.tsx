import { createEffect, For, Show } from "solid-js";
import { useI18n } from "../i18n";

/**
 * Above a form that cannot be searched: each field's problem, by its label, linking to the
 * field (which the link focuses). It takes the focus when it appears, so a screen reader reads
 * it at once.
 */
export function ErrorSummary(props: { errors: { field: string; label: string; message: string; id: string }[] }) {
  const { t } = useI18n();
  let box: HTMLDivElement | undefined;
  createEffect(() => {
    if (props.errors.length > 0) box?.focus();
  });
  return (
    <Show when={props.errors.length > 0}>
      <div ref={box} class="error-summary" role="alert" tabindex="-1" data-testid="error-summary">
        <p class="error-summary__title">{t().list.errorSummary}</p>
        <ul>
          <For each={props.errors}>
            {(error) => (
              <li>
                <a
                  href={`#${error.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(error.id)?.focus();
                  }}
                >
                  {error.label}
                  {t().list.colon}
                  {error.message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
