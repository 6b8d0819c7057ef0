import { useLocation, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, on, onCleanup } from "solid-js";
import { useI18n } from "../i18n";
import { useSession } from "../session";
import { BrandMark, HomeIcon, KeyIcon, SignOutIcon } from "./icons";
import { LanguageSwitch } from "./LanguageSwitch";
import { DeviceIcon } from "../offline/DeviceIcon";
import "./header.css";
import { NavLink } from "./NavLink";

/** Three lines: the phone's menu of the links that do not fit (decorative). */
const MenuIcon = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" aria-hidden="true">
    <path d="M4.5 7h15M4.5 12h15M4.5 17h15" />
  </svg>
);

/**
 * The banner of every signed-in page: the brand, Accueil / Home, Mot de passe / Password, Sur cet
 * appareil / On this device, Sortie / Sign out, FR | EN. On a phone everything stays on one row:
 * the links become icons over short labels, and the two used least go into a Menu button (a
 * disclosure: aria-expanded, Escape or a click elsewhere closes it). The same links serve both
 * layouts, so each keeps one accessible name.
 */
export function Header() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = createSignal(false);
  const [menuOpen, setMenuOpen] = createSignal(false);
  let menu!: HTMLDivElement;
  let menuButton!: HTMLButtonElement;
  const closeMenu = (focusButton = false) => {
    if (!menuOpen()) return;
    setMenuOpen(false);
    if (focusButton) menuButton.focus();
  };
  const location = useLocation();
  createEffect(on(() => location.pathname, () => closeMenu(), { defer: true }));
  const outside = (event: Event) => {
    if (!menu.contains(event.target as Node)) closeMenu();
  };
  document.addEventListener("pointerdown", outside);
  document.addEventListener("focusin", outside);
  onCleanup(() => {
    document.removeEventListener("pointerdown", outside);
    document.removeEventListener("focusin", outside);
  });
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
        <NavLink href="/" class="brand" end>
          <BrandMark size={36} />
          <span class="brand__text">
            <span class="brand__name">{t().common.appName}</span>
            <span class="brand__tagline">{t().common.serviceName}</span>
          </span>
        </NavLink>
        <nav class="site-nav" aria-label={t().header.mainNav}>
          <NavLink href="/" class="site-nav__link" end>
            <HomeIcon />
            <span>{t().header.home}</span>
          </NavLink>
          <div
            ref={menu}
            class="site-menu"
            data-open={menuOpen() ? "true" : "false"}
            onKeyDown={(event) => {
              if (event.key === "Escape" && menuOpen()) {
                event.preventDefault();
                closeMenu(true);
              }
            }}
          >
            <button
              ref={menuButton}
              type="button"
              class="site-nav__link site-menu__button"
              aria-expanded={menuOpen()}
              aria-controls="site-menu-list"
              onClick={() => setMenuOpen(!menuOpen())}
            >
              <MenuIcon />
              <span>{t().header.menu}</span>
            </button>
            <ul id="site-menu-list" class="site-menu__list">
              <li>
                <NavLink href="/password" class="site-nav__link">
                  <KeyIcon />
                  <span>{t().header.changePassword}</span>
                </NavLink>
              </li>
              <li>
                <NavLink href="/offline" class="site-nav__link">
                  <DeviceIcon />
                  <span>{t().offline.menu}</span>
                </NavLink>
              </li>
            </ul>
          </div>
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
