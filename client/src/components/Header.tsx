import { A, useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { BrandMark, HomeIcon, KeyIcon, SignOutIcon } from "./icons";
import { LanguageSwitch } from "./LanguageSwitch";
import { DeviceIcon } from "../offline/DeviceIcon";

/** The banner of every signed-in page: the brand, Accueil / Home, Sortie / Sign out, FR | EN. */
export function Header() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = createSignal(false);
  const signOut = async () => {
    setLeaving(true);
    try {
      await session.signOut();
    } finally {
      setLeaving(false);
      navigate("/sign-in", { replace: true });
    }
  };
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <A href="/" class="brand" end>
          <BrandMark size={36} />
          <span class="brand__text">
            <span class="brand__name">{t().common.appName}</span>
            <span class="brand__tagline">{t().common.serviceName}</span>
          </span>
        </A>
        <nav class="site-nav" aria-label={t().header.mainNav}>
          <A href="/" class="site-nav__link" activeClass="is-active" end>
            <HomeIcon />
            <span>{t().header.home}</span>
          </A>
          <A href="/password" class="site-nav__link" activeClass="is-active">
            <KeyIcon />
            <span>{t().header.changePassword}</span>
          </A>
          <A href="/offline" class="site-nav__link" activeClass="is-active">
            <DeviceIcon />
            <span>{t().offline.menu}</span>
          </A>
          <button type="button" class="site-nav__link" onClick={signOut} disabled={leaving()} aria-busy={leaving()}>
            <SignOutIcon />
            <span>{t().header.signOut}</span>
          </button>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
