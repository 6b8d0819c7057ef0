import { render } from "solid-js/web";
import { App, preloadPage } from "./app";
import { loadLanguage, storedLocale } from "./i18n";
import { startSessionCheck } from "./session";
import "./styles.css";
import "./installed-app.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
// What the first view waits for, fetched side by side: who is signed in, the page's code (with
// the check of the filters its URL names, if any), and its language's words — the core and the
// page's own part (before the first render: every string comes from them).
const session = startSessionCheck();
const page = preloadPage(location.pathname, location.search);
// A page's first date formatter costs about 16 ms (the browser loads its zone and calendar data,
// whatever the zone): paid here, in a task of its own while those answers are on their way,
// rather than inside the first drawing's.
setTimeout(() => new Intl.DateTimeFormat().format(0));
// Not a top-level await: the pages' chunks import this one, and an import of a module still
// awaiting at its top level waits for it — the page's code could never come before the timeout.
void drawFirstView(root);

async function drawFirstView(root: HTMLElement) {
  const language = await loadLanguage(storedLocale(), page.strings);
  // The page drawn whole, at once, when the session and its code come soon after the words
  // (index.html preloads the session's answer): no "Loading…" painted just before it. A slow
  // answer gets the spinner after a moment, never a longer blank.
  await Promise.race([Promise.allSettled([session, page.code]), new Promise((resolve) => setTimeout(resolve, 300))]);
  render(() => <App language={language} />, root);
}
