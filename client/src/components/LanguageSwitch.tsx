import { For } from "solid-js";
import type { Locale } from "../../../shared/i18n";
import { trpc } from "../api";
import { useI18n } from "../i18n";
import { useSession } from "../session";

const choices: { locale: Locale; short: string; name: string }[] = [
  { locale: "fr", short: "FR", name: "Français" },
  { locale: "en", short: "EN", name: "English" },
];

/** FR | EN: switches at once, remembers on this device, and saves it for the signed-in user. */
export function LanguageSwitch() {
  const i18n = useI18n();
  const session = useSession();
  const choose = (locale: Locale) => {
    if (locale === i18n.locale()) return;
    i18n.setLocale(locale);
    if (session.me()) trpc.session.setLocale.mutate({ locale }).catch(() => {});
  };
  return (
    <div class="lang-switch" role="group" aria-label={i18n.t().header.language}>
      <For each={choices}>
        {(choice, index) => (
          <>
            {index() > 0 && (
              <span class="lang-sep" aria-hidden="true">
                |
              </span>
            )}
            <button
              type="button"
              lang={choice.locale}
              aria-label={`${choice.short} — ${choice.name}`}
              aria-pressed={i18n.locale() === choice.locale}
              onClick={() => choose(choice.locale)}
            >
              {choice.short}
            </button>
          </>
        )}
      </For>
    </div>
  );
}
