import { For } from "solid-js";
import { useI18n } from "../i18n";
import { sections } from "../sections";
import { NavLink } from "./NavLink";

/**
 * On a phone, the six sections in a bar fixed to the bottom of the screen, so a client moves
 * from the recorder to the messages without going back Home; the current one is marked.
 * Wide screens have Home's cards and room enough: the bar is not shown there.
 */
export function SectionBar() {
  const { t } = useI18n();
  return (
    <nav class="section-bar" aria-label={t().list.sectionsNav} data-testid="section-bar">
      <ul>
        <For each={sections}>
          {(section) => (
            <li>
              <NavLink href={section.path} class="section-bar__link" title={t().sections[section.key].title}>
                <section.Icon class="section-bar__icon" />
                <span>{t().list.sectionShort[section.key]}</span>
              </NavLink>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
