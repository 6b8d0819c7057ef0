import { createSignal, Show } from "solid-js";
import { errorCode, isNetworkError, trpc } from "../api";
import { Page } from "../components/Page";
import { useStrings } from "../i18n";

type Problem = "wrongPassword" | "tooShort" | "mismatch" | "throttled" | "network" | "unexpected";

/** Change password: the current one, the new one twice (at least 8 characters). */
export default function ChangePassword() {
  const t = useStrings("password");
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<Problem | null>(null);
  const [done, setDone] = createSignal(false);
  let form!: HTMLFormElement;

  const message = (p: Problem) => {
    const s = t();
    switch (p) {
      case "wrongPassword":
        return s.password.wrongPassword;
      case "tooShort":
        return s.password.tooShort;
      case "mismatch":
        return s.password.mismatch;
      case "throttled":
        return s.password.throttled;
      case "network":
        return s.common.networkError;
      default:
        return s.common.unexpectedError;
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(form);
    const current = String(data.get("current") ?? "");
    const next = String(data.get("next") ?? "");
    const confirm = String(data.get("confirm") ?? "");
    setDone(false);
    if (next.length < 8) return setProblem("tooShort");
    if (next !== confirm) return setProblem("mismatch");
    setProblem(null);
    setBusy(true);
    try {
      await trpc.session.changePassword.mutate({ current, next });
      form.reset();
      setDone(true);
    } catch (error) {
      const code = errorCode(error);
      const text = error instanceof Error ? error.message : "";
      if (code === "BAD_REQUEST" && text === "wrong_password") setProblem("wrongPassword");
      else if (code === "BAD_REQUEST" && text === "too_short") setProblem("tooShort");
      else if (code === "TOO_MANY_REQUESTS") setProblem("throttled");
      else setProblem(isNetworkError(error) ? "network" : "unexpected");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t().password.title}>
      <form ref={form} class="card form narrow" onSubmit={submit} novalidate aria-busy={busy()}>
        <div class="field">
          <label for="current-password">{t().password.current}</label>
          <input id="current-password" name="current" type="password" autocomplete="current-password" required />
        </div>
        <div class="field">
          <label for="new-password">{t().password.next}</label>
          <input
            id="new-password"
            name="next"
            type="password"
            autocomplete="new-password"
            minlength="8"
            required
            aria-describedby="new-password-hint"
          />
          <p class="field-hint" id="new-password-hint">
            {t().password.hint}
          </p>
        </div>
        <div class="field">
          <label for="confirm-password">{t().password.confirm}</label>
          <input id="confirm-password" name="confirm" type="password" autocomplete="new-password" minlength="8" required />
        </div>
        <div class="form-messages" aria-live="polite">
          <Show when={problem()}>
            {(p) => (
              <p class="message message--error" role="alert">
                {message(p())}
              </p>
            )}
          </Show>
          <Show when={done()}>
            <p class="message message--success" role="status">
              {t().password.done}
            </p>
          </Show>
        </div>
        <button type="submit" class="button" disabled={busy()}>
          <Show when={busy()} fallback={t().password.submit}>
            <span class="spinner spinner--small" aria-hidden="true" />
            {t().password.busy}
          </Show>
        </button>
      </form>
    </Page>
  );
}
