import { createSignal, Show, Suspense } from "solid-js";
import { validationMessage } from "../../../shared/filters/validation";
import { isNetworkError } from "../api";
import { useI18n, withStrings } from "../i18n";
import "./report-actions.css";

// Fetched, with its words, when first opened: no page shows it on arrival.
const EmailReportDialog = withStrings("emailDialog", () => import("./EmailReportDialog").then((m) => ({ default: m.EmailReportDialog })));

/**
 * *Ouvrir dans Excel* and *Envoyer le rapport par e-mail* for any section whose report is in
 * the server's registry: a section page drops it into `ReportPage`'s `actions`.
 *
 * ```tsx
 * <ReportActions section="billable" filters={() => filters()} disabled={!valid()} />
 * ```
 */
export function ReportActions(props: { section: string; filters: () => unknown; disabled?: boolean }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal<string | null>(null);
  let emailButton!: HTMLButtonElement;
  const [dialogOpen, setDialogOpen] = createSignal(false);
  const [dialogUsed, setDialogUsed] = createSignal(false);

  // A fetch rather than a plain link, so that a refusal is a message on the page, not a JSON file.
  const download = async () => {
    setProblem(null);
    setSent(null);
    setBusy(true);
    try {
      const response = await fetch(`/exports/${props.section}.xlsx?filters=${encodeURIComponent(JSON.stringify(props.filters()))}`, {
        credentials: "same-origin",
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
        if (response.status === 400 && body.error === "invalid_filters") setProblem(body.message ?? validationMessage("invalidFilters", locale()));
        else setProblem(t().report.exportFailed);
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `${props.section}.xlsx`;
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(isNetworkError(error) || error instanceof TypeError ? t().common.networkError : t().report.exportFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="button button--secondary" onClick={download} disabled={props.disabled || busy()} aria-busy={busy()}>
        <Show when={busy()} fallback={t().report.openInExcel}>
          {t().report.exporting}
        </Show>
      </button>
      <button
        ref={emailButton}
        type="button"
        class="button button--secondary"
        disabled={props.disabled}
        aria-haspopup="dialog"
        onClick={() => {
          setProblem(null);
          setSent(null);
          setDialogUsed(true);
          setDialogOpen(true);
        }}
      >
        {t().report.emailReport}
      </button>
      <div class="report-actions__status" aria-live="polite">
        <Show when={problem()}>
          <p class="message message--error" role="alert">
            {problem()}
          </p>
        </Show>
        <Show when={sent()}>
          <p class="message message--success" role="status">
            {t().report.sentTo(sent()!)}
          </p>
        </Show>
      </div>
      {/* Its own boundary: while its code arrives, the page stays as it is. */}
      <Show when={dialogUsed()}>
        <Suspense>
          <EmailReportDialog
            open={dialogOpen()}
            section={props.section}
            filters={props.filters}
            onClose={(recipients) => {
              setDialogOpen(false);
              if (recipients) setSent(recipients.join(", "));
              emailButton.focus();
            }}
          />
        </Suspense>
      </Show>
    </>
  );
}

