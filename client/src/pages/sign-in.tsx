import { useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { enSignIn as en } from "../../../shared/i18n/en-sign-in";
import { frSignIn as fr } from "../../../shared/i18n/fr-sign-in";
import { signIn } from "../api";
import { BrandMark } from "../components/icons";
import { useI18n } from "../i18n";
import { useSession } from "../session";

type Problem = { kind: "invalid" } | { kind: "missing" } | { kind: "network" } | { kind: "unavailable" } | { kind: "throttled"; seconds: number };

/** Both languages at once, as on the manual's sign-in page: "Nom / User Name". */
function Both(props: { fr: string; en: string; separator?: JSX.Element }) {
  return (
    <>
      <span lang="fr">{props.fr}</span>
      {props.separator ?? " / "}
      <span lang="en">{props.en}</span>
    </>
  );
}

/** Only same-site paths are followed after sign-in. */
function safeNext(value: unknown): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/sign-in") ? next : "/";
}

/** Connexion / Sign in. */
export default function SignIn() {
  const i18n = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<Problem | null>(null);
  let usernameInput!: HTMLInputElement;
  let passwordInput!: HTMLInputElement;

  createEffect(() => {
    document.title = `${fr.signIn.pageTitle} / ${en.signIn.pageTitle} — ${i18n.t().common.appName}`;
  });
  // Already signed in (another tab, or the back button): straight on.
  createEffect(() => {
    if (session.state()?.status === "signed-in" && !busy()) navigate(safeNext(params.next), { replace: true });
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const username = usernameInput.value.trim();
    const password = passwordInput.value;
    if (!username || !password) {
      setProblem({ kind: "missing" });
      (username ? passwordInput : usernameInput).focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await signIn(username, password);
    if (result.ok) {
      i18n.setLocale(result.locale);
      await session.refresh();
      setBusy(false);
      navigate(safeNext(params.next), { replace: true });
      return;
    }
    setBusy(false);
    setProblem(
      result.reason === "throttled" ? { kind: "throttled", seconds: result.retryAfterSeconds } : { kind: result.reason },
    );
    passwordInput.value = "";
    passwordInput.focus();
  };

  const message = (p: Problem) => {
    switch (p.kind) {
      case "invalid":
        return <Both fr={fr.signIn.invalid} en={en.signIn.invalid} separator={<br />} />;
      case "missing":
        return <Both fr={fr.signIn.missing} en={en.signIn.missing} separator={<br />} />;
      case "network":
        return <Both fr={fr.signIn.networkError} en={en.signIn.networkError} separator={<br />} />;
      case "unavailable":
        return <Both fr={fr.common.serviceUnavailable} en={en.common.serviceUnavailable} separator={<br />} />;
      case "throttled":
        return <Both fr={fr.signIn.throttled(p.seconds)} en={en.signIn.throttled(p.seconds)} separator={<br />} />;
    }
  };

  return (
    <div class="sign-in">
      <header class="sign-in__brand">
        <BrandMark size={56} />
        <p class="sign-in__app">
          <Both fr={fr.common.appName} en={en.common.appName} separator={<span aria-hidden="true"> · </span>} />
        </p>
        <p class="sign-in__service">
          <Both fr={fr.common.serviceName} en={en.common.serviceName} separator={<br />} />
        </p>
      </header>
      <main id="main" class="sign-in__main" tabindex="-1">
        <form class="card sign-in__card" onSubmit={submit} novalidate aria-busy={busy()}>
          <h1 class="sign-in__title">
            <Both fr={fr.signIn.title} en={en.signIn.title} />
          </h1>
          <div class="field">
            <label for="username">
              <Both fr={fr.signIn.username} en={en.signIn.username} />
            </label>
            <input
              ref={usernameInput}
              id="username"
              name="username"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              aria-invalid={problem()?.kind === "invalid" || undefined}
              aria-describedby="sign-in-problem"
            />
          </div>
          <div class="field">
            <label for="password">
              <Both fr={fr.signIn.password} en={en.signIn.password} />
            </label>
            <input
              ref={passwordInput}
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              aria-invalid={problem()?.kind === "invalid" || undefined}
              aria-describedby="sign-in-problem"
            />
          </div>
          <div id="sign-in-problem" class="form-messages" aria-live="assertive">
            <Show when={problem()}>
              {(p) => (
                <p class="message message--error" role="alert" data-testid="sign-in-error">
                  {message(p())}
                </p>
              )}
            </Show>
          </div>
          <button type="submit" class="button button--block" disabled={busy()}>
            <Show when={busy()} fallback={<Both fr={fr.signIn.submit} en={en.signIn.submit} />}>
              <span class="spinner spinner--small" aria-hidden="true" />
              <Both fr={fr.signIn.busy} en={en.signIn.busy} />
            </Show>
          </button>
        </form>
      </main>
    </div>
  );
}
