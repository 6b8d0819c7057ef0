import { Route, Router, type RouteSectionProps, useIsRouting, useLocation } from "@solidjs/router";
import { type Component, createEffect, createResource, lazy, on, Show } from "solid-js";
import type { Part } from "../../shared/i18n/dictionary";
import { SignedInLayout } from "./components/SignedInLayout";
import { UpdatePrompt } from "./components/UpdatePrompt";
import { I18nProvider, type Language, useI18n, withStrings } from "./i18n";
import Home from "./pages/home";
import NotFound from "./pages/not-found";
import { checkLink } from "./report/link-checks";
import { type SectionKey, sections } from "./sections";
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
            {pages.map((page) => (
              <Route path={page.path} component={page.component} preload={page.preload} />
            ))}
            <Route path="*404" component={NotFound} />
          </Route>
        </Router>
      </SessionProvider>
    </I18nProvider>
  );
}

// Sign-in shows both languages, so its module holds both languages' words for it: loaded only there.
const SignIn = lazy(() => import("./pages/sign-in"));

/**
 * A page loaded apart, with the part of the dictionary it shows beyond the core and, for a
 * `section`, the check of the filters its URL names (a link, a reload, Home's link with the last
 * filters: report/link-checks.ts, use-filters-in-url.ts). The route starts them side by side —
 * the router calls the component's `preload` and the route's on arrival and on a link's hover,
 * the route's within the app (the language's context) — and the page is drawn once they are all
 * in; until then the one before stays, as for its code alone. A URL without filters waits for
 * no check. The page's own wait joins the check the route's preload started (one per link,
 * however many ask), so it ends when that one does, whether the server or the device checked.
 */
function pageWithStrings(path: string, part: Part, load: () => Promise<{ default: Component }>, section?: SectionKey) {
  const Page = withStrings(part, load);
  const component = section
    ? Object.assign(
        () => {
          const location = useLocation();
          // Read under the layout's Suspense: the page waits there, as for its code.
          const [ready] = createResource(() => checkLink(section, location.search));
          return (
            <Show when={ready()}>
              <Page />
            </Show>
          );
        },
        { preload: Page.preload },
      )
    : Page;
  const preload = ({ location }: { location: { search: string } }) => {
    void useI18n().loadPart(part);
    return section ? checkLink(section, location.search) : undefined;
  };
  return { path, part, section, component, preload };
}

const pages = [
  ...sections.map((section) => pageWithStrings(section.path, section.key, section.page, section.key)),
  pageWithStrings("/messages/:messageId", "messages", () => import("./pages/message")),
  pageWithStrings("/password", "password", () => import("./pages/change-password")),
  pageWithStrings("/offline", "onThisDevice", () => import("./pages/offline")),
];

/**
 * What the page at `pathname` loads apart: its code (and the check of the filters its URL
 * names), whose fetching this starts so that it comes with the rest of the first view (main.tsx)
 * instead of after the session check, and the part of the dictionary it needs, if any, for
 * main.tsx to load with the core.
 */
export function preloadPage(pathname: string, search: string): { code: Promise<unknown>; strings: Part[] } {
  if (pathname === "/sign-in") return { code: SignIn.preload(), strings: [] };
  const page = pages.find((p) => matches(p.path, pathname));
  if (!page) return { code: Promise.resolve(), strings: [] };
  return { code: Promise.all([page.component.preload(), page.section ? checkLink(page.section, search) : undefined]), strings: [page.part] };
}

/** Whether `pathname` is the route `path`'s (a `:name` segment stands for any one segment). */
function matches(path: string, pathname: string): boolean {
  const want = path.split("/");
  const have = pathname.split("/");
  return want.length === have.length && want.every((segment, i) => (segment.startsWith(":") ? have[i] !== "" : segment === have[i]));
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
