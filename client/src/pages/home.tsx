import { For } from "solid-js";
import { CycleMeter } from "../components/CycleMeter";
import { Page } from "../components/Page";
import { SectionCard } from "../components/SectionCard";
import { useI18n } from "../i18n";
import { sections } from "../sections";
import { useSession } from "../session";

/** Accueil / Home — the manual's "Options" page: a welcome and the six sections. */
export default function Home() {
  const { t } = useI18n();
  const session = useSession();
  const company = () => session.currentAccount()?.companyName ?? session.me()?.user.name ?? "";
  return (
    <Page title={t().home.welcome(company())} class="home">
      <p class="home-intro" id="sections-intro">
        {t().home.intro}
      </p>
      <ul class="section-grid" aria-labelledby="sections-intro">
        <For each={sections}>{(section) => <SectionCard section={section} />}</For>
      </ul>
      <div class="home-meter">
        <CycleMeter account={() => session.currentAccount()?.accountNumber} link />
      </div>
    </Page>
  );
}
