import { Route, Router, type RouteSectionProps, useIsRouting } from "@solidjs/router";
import { createEffect, lazy, on } from "solid-js";
import { SignedInLayout } from "./components/SignedInLayout";
import { UpdatePrompt } from "./components/UpdatePrompt";
import { I18nProvider, type Language, useI18n } from "./i18n";
import Home from "./pages/home";
import NotFound from "./pages/not-found";
import { sections } from "./sections";
import { SessionProvider } from "./session";

/**
 * The routes: `/sign-in` on its own; every other page inside `SignedInLayout` (banner, session
 * check). A section adds nothing here: it is listed in `sections.ts` with its page module.
 */
export function App(props: { language: Language }) {
  return (
    <I18nProvider language={props.language}>
      <SessionProvider>
        <Router root={Shell}>
          <Route path="/sign-in" component={SignIn} />
          <Route component={SignedInLayout}>
            <Route path="/" component={Home} />
            {sectionPages.map((section) => (
              <Route path={section.path} component={section.page} />
            ))}
            <Route path="/messages/:messageId" component={lazy(() => import("./pages/message"))} />
            <Route path="/password" component={lazy(() => import("./pages/change-password"))} />
            <Route path="/offline" component={lazy(() => import("./pages/offline"))} />
            <Route path="*404" component={NotFound} />
          </Route>
        </Router>
      </SessionProvider>
    </I18nProvider>
  );
}

// Sign-in shows both languages, so its module holds both dictionaries: loaded only there.
const SignIn = lazy(() => import("./pages/sign-in"));
const sectionPages = sections.map((section) => ({ path: section.path, page: lazy(section.page) }));

/**
 * Starts fetching the code of the page at `pathname`, when it is loaded apart, so that it comes
 * with the rest of the first view (main.tsx) instead of after the session check.
 */
export function preloadPage(pathname: string): Promise<unknown> {
  if (pathname === "/sign-in") return SignIn.preload();
  return sectionPages.find((section) => section.path === pathname)?.page.preload() ?? Promise.resolve();
}

/** Around every page: the skip link, the update prompt, and focus moved to the new page. */
function Shell(props: RouteSectionProps) {
  const { t } = useI18n();
  const routing = useIsRouting();
  createEffect(
    on(
      () => props.location.pathname,
      () => {
        // After a navigation (not the first load), start keyboard and screen-reader users at the new page.
        queueMicrotask(() => {
          if (routing()) return;
          const main = document.getElementById("main");
          if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
          window.scrollTo(0, 0);
        });
      },
      { defer: true },
    ),
  );
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        on:click={(event) => {
          // Handled here, before the router sees the click: focus the content, keep the URL.
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t().common.skipToContent}
      </a>
      {props.children}
      <UpdatePrompt />
    </>
  );
}
