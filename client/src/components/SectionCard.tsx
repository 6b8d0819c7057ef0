import type { Section } from "../sections";
import { useI18n } from "../i18n";
import { lastFiltersUrl } from "../offline/last-filters";
import { useSession } from "../session";
import { ChevronIcon } from "./icons";

/** One section on the home page: icon, title as the link (with the filters last used there), and the manual's one-line description. */
export function SectionCard(props: { section: Section }) {
  const { t } = useI18n();
  const strings = () => t().sections[props.section.key];
  const id = () => `section-${props.section.key}-description`;
  const session = useSession();
  const href = () => {
    const state = session.state();
    const offline = (state?.status === "signed-in" && state.offline) || !navigator.onLine;
    return lastFiltersUrl(props.section.key, props.section.path, offline, session.me()?.timeZone ?? "America/Toronto");
  };
  return (
    <li class="section-card">
      <span class="section-card__icon">
        <props.section.Icon />
      </span>
      <div class="section-card__text">
        <h2 class="section-card__title">
          <a href={href()} class="section-card__link" aria-describedby={id()}>
            {strings().title}
          </a>
        </h2>
        <p class="section-card__description" id={id()}>
          {strings().description}
        </p>
      </div>
      <ChevronIcon class="section-card__chevron" />
    </li>
  );
}
