import type { SectionKey } from "../sections";
import { sections } from "../sections";
import { useI18n } from "../i18n";
import { ComingSoon } from "./ComingSoon";
import { Page } from "./Page";

/** The page of a section not built yet: its title, icon, description and "coming soon". */
export function SectionPlaceholder(props: { section: SectionKey }) {
  const { t } = useI18n();
  const strings = () => t().sections[props.section];
  const Icon = sections.find((s) => s.key === props.section)!.Icon;
  return (
    <Page
      title={strings().title}
      lead={
        <span class="lead-with-icon">
          <Icon class="lead-icon" />
          <span>{strings().description}</span>
        </span>
      }
    >
      <ComingSoon />
    </Page>
  );
}
