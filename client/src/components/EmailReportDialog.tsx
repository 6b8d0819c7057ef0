import { createEffect, createSignal, Show } from "solid-js";
import { recipientsSchema } from "../../../shared/filters/recipients";
import { validationMessage } from "../../../shared/filters/validation";
import { errorCode, isNetworkError, trpc } from "../api";
import { useI18n, useStrings } from "../i18n";

/**
 * The e-mail form, in a modal `<dialog>`: the browser keeps focus inside it and Escape closes
 * it. A failure keeps what was typed, so the user can try again; `onClose` gets the recipients
 * when the report was sent.
 */
export function EmailReportDialog(props: {
  open: boolean;
  section: string;
  filters: () => unknown;
  onClose: (sentTo?: string[]) => void;
}) {
  const { locale } = useI18n();
  const t = useStrings("emailDialog");
  const [busy, setBusy] = createSignal(false);
  const [fieldProblem, setFieldProblem] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  let dialog!: HTMLDialogElement;
  let form!: HTMLFormElement;
  let addresses!: HTMLInputElement;

  createEffect(() => {
    if (props.open && !dialog.open) {
      setProblem(null);
      setFieldProblem(null);
      dialog.showModal();
      addresses.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const data = new FormData(form);
    const raw = String(data.get("recipients") ?? "");
    const note = String(data.get("note") ?? "").trim();
    const checked = recipientsSchema.safeParse([raw]);
    if (!checked.success) {
      setFieldProblem(validationMessage(checked.error.issues[0]?.message ?? "invalidEmail", locale()));
      addresses.focus();
      return;
    }
    setFieldProblem(null);
    setBusy(true);
    try {
      const result = await trpc.exports.email.mutate({
        section: props.section,
        filters: props.filters(),
        recipients: [raw],
        note: note || undefined,
      });
      form.reset();
      props.onClose(result.recipients);
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      const fields = (error as { data?: { fieldErrors?: Record<string, string[]> | null } }).data?.fieldErrors;
      if (message === "smtp_failed") setProblem(t().report.smtpFailed);
      else if (message === "too_many_emails") setProblem(t().report.tooManyEmails);
      else if (fields?.recipients?.[0]) setFieldProblem(validationMessage(fields.recipients[0], locale()));
      else if (errorCode(error) === "BAD_REQUEST") setProblem(validationMessage("invalidFilters", locale()));
      else setProblem(isNetworkError(error) ? t().common.networkError : t().common.unexpectedError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="email-dialog"
      aria-labelledby="email-dialog-title"
      aria-describedby="email-dialog-intro"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy()) props.onClose();
      }}
    >
      <form ref={form} class="form" onSubmit={submit} novalidate aria-busy={busy()}>
        <h2 id="email-dialog-title" class="email-dialog__title">
          {t().report.emailTitle}
        </h2>
        <p id="email-dialog-intro" class="email-dialog__intro">
          {t().report.emailIntro}
        </p>
        <div class="field">
          <label for="email-recipients">{t().report.recipients}</label>
          <input
            ref={addresses}
            id="email-recipients"
            name="recipients"
            type="text"
            inputmode="email"
            autocomplete="email"
            spellcheck={false}
            required
            aria-invalid={fieldProblem() ? "true" : undefined}
            aria-describedby={fieldProblem() ? "email-recipients-hint email-recipients-error" : "email-recipients-hint"}
          />
          <p class="field-hint" id="email-recipients-hint">
            {t().report.recipientsHint}
          </p>
          <Show when={fieldProblem()}>
            <p class="message message--error" id="email-recipients-error" role="alert">
              {fieldProblem()}
            </p>
          </Show>
        </div>
        <div class="field">
          <label for="email-note">{t().report.note}</label>
          <textarea id="email-note" name="note" maxlength="2000" rows="3" />
        </div>
        <div class="form-messages" aria-live="polite">
          <Show when={problem()}>
            <p class="message message--error" role="alert">
              {problem()}
            </p>
          </Show>
        </div>
        <div class="email-dialog__buttons">
          <button type="button" class="button button--ghost" onClick={() => props.onClose()} disabled={busy()}>
            {t().report.cancel}
          </button>
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? t().report.sending : t().report.send}
          </button>
        </div>
      </form>
    </dialog>
  );
}
