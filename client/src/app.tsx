import { Route, Router, type RouteSectionProps, useIsRouting, useLocation } from "@solidjs/router";
import { createEffect, createResource, lazy, on, Show } from "solid-js";
import { SignedInLayout } from "./components/SignedInLayout";
import { UpdatePrompt } from "./components/UpdatePrompt";
import { I18nProvider, type Language, useI18n } from "./i18n";
import Home from "./pages/home";
import NotFound from "./pages/not-found";
import { type Section, sections } from "./sections";
import { loadedFilterChecks, loadFilterChecks } from "./report/load-filter-checks";
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
              <Route path={section.path} component={section.page} preload={({ location }) => checksFor(location.search)} />
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
const sectionPages = sections.map(sectionPage);

/**
 * A section's page, set up once the checks of the filters its URL names are here (a link, a
 * reload, Home's link with the last filters: use-filters-in-url.ts), which are fetched beside
 * the page's code — by `preloadPage` on the first view, by the route's preload on a navigation —
 * never after it. A URL without filters waits for nothing more.
 */
function sectionPage(section: Section) {
  const Page = lazy(section.page);
  const page = () => {
    const location = useLocation();
    // Read under the layout's Suspense: the page waits there, as for its code.
    const [ready] = createResource(() => checksFor(location.search) ?? true);
    return (
      <Show when={ready()}>
        <Page />
      </Show>
    );
  };
  return { path: section.path, page: Object.assign(page, { preload: Page.preload }) };
}

/**
 * The filters' checks, fetched for a section page's URL with a query string: it names filters
 * (but for a stray parameter, for which they come for nothing); telling which parameters are
 * filters would bring every section's list of them into every page's code.
 */
function checksFor(search: string): Promise<unknown> | undefined {
  return search !== "" && !loadedFilterChecks() ? loadFilterChecks() : undefined;
}

/**
 * Starts fetching the code of the page at `pathname` (and the checks of the filters its URL
 * names), when it is loaded apart, so that it comes with the rest of the first view (main.tsx)
 * instead of after the session check.
 */
export function preloadPage(pathname: string, search: string): Promise<unknown> {
  if (pathname === "/sign-in") return SignIn.preload();
  const section = sectionPages.find((s) => s.path === pathname);
  return section ? Promise.all([section.page.preload(), checksFor(search)]) : Promise.resolve();
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
