import { render } from "solid-js/web";
import { App, preloadPage } from "./app";
import { loadLanguage, storedLocale } from "./i18n";
import { startSessionCheck } from "./session";
import "./styles.css";
import "./installed-app.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
// What the first view waits for, fetched side by side: who is signed in, the page's code, and
// the dictionary of its language (before the first render: every string comes from it).
startSessionCheck();
preloadPage(location.pathname);
const language = await loadLanguage(storedLocale());
render(() => <App language={language} />, root);
