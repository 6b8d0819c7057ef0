import { createEffect, createResource, createSignal, For, Match, on, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { useStrings } from "../i18n";
import { isOnline } from "../offline/network-state";
import { useSession } from "../session";
import { deviceChoices, type PushChoices, pushSupport, saveChoices, turnOff, turnOn } from "./push-device";
import "./push.css";

const outcomes: PushChoices["callOutcomes"] = ["unanswered", "abandoned", "busy", "answered", "automated"];

/**
 * "Notifications" on "Sur cet appareil / On this device" (docs/notifications.md): Web Push for
 * this device only — on or off, for which accounts, for what, and whether the message's title
 * may show. Says when the browser cannot, when the user blocked them, and what iPhone needs.
 */
export function DeviceNotifications() {
  const t = useStrings("onThisDevice");
  const n = () => t().notifications;
  const session = useSession();
  const support = pushSupport();
  const [permission, setPermission] = createSignal<NotificationPermission>(support === "supported" ? Notification.permission : "default");
  // Asked of the server when the network is there (again): offline, this device's state is not known.
  const [saved, { mutate }] = createResource(
    () => (support === "supported" && isOnline() ? session.me()?.user.username : undefined),
    () => deviceChoices().catch(() => null),
  );
  const isOn = () => saved.latest != null;
  const [form, setForm] = createStore<PushChoices>({ accounts: [], messages: true, callOutcomes: [], includeTitle: false });
  // Every account at first; this device's own choices once known.
  createEffect(
    on([() => session.accounts(), () => saved.latest], ([accounts, choices]) => {
      setForm(choices ?? { accounts: accounts.map((a) => a.accountNumber), messages: true, callOutcomes: [], includeTitle: false });
    }),
  );
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);

  // The hint names one of the user's own accounts, the first one chosen.
  const exampleAccount = () => (session.accounts().find((a) => form.accounts.includes(a.accountNumber)) ?? session.accounts()[0])?.accountNumber ?? 0;
  const toggle = <T,>(list: T[], value: T, checked: boolean) => (checked ? [...list, value] : list.filter((v) => v !== value));
  const choicesError = () =>
    form.accounts.length === 0 ? n().chooseAccount : !form.messages && form.callOutcomes.length === 0 ? n().chooseWhat : null;

  const act = async (what: () => Promise<void>) => {
    setDone(false);
    setProblem(null);
    setBusy(true);
    try {
      await what();
    } catch {
      setProblem(n().failed);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const invalid = choicesError();
    if (invalid) return setProblem(invalid);
    const choices: PushChoices = { ...form, accounts: [...form.accounts], callOutcomes: [...form.callOutcomes] };
    void act(async () => {
      if (isOn()) {
        await saveChoices(choices);
        setDone(true);
      } else if ((await turnOn(choices)) === "denied") {
        setPermission(Notification.permission);
        return;
      }
      mutate(choices);
    });
  };
  const off = () =>
    void act(async () => {
      await turnOff();
      mutate(null);
    });

  return (
    <section class="card offline-card push-card" aria-labelledby="notifications-title" data-testid="device-notifications">
      <h2 id="notifications-title" class="card-title">
        {n().title}
      </h2>
      <p class="offline-card__hint">{n().hint}</p>
      <p class="push-note" data-testid="push-ios">
        {n().ios}
      </p>
      <Switch>
        <Match when={support === "unsupported"}>
          <p class="push-state" data-testid="push-unsupported">
            {n().unsupported}
          </p>
        </Match>
        <Match when={support === "supported" && permission() === "denied"}>
          <p class="push-state" data-testid="push-denied">
            {n().denied}
          </p>
        </Match>
        <Match when={support === "supported"}>
          <form class="form push-form" onSubmit={submit} novalidate aria-busy={busy()}>
            <p class="push-state" role="status" data-testid="push-status">
              <Show when={saved.state === "ready"}>{isOn() ? n().on : n().off}</Show>
            </p>
            <Show when={!isOnline()}>
              <p class="offline-card__hint" data-testid="push-needs-network">
                {n().needsNetwork}
              </p>
            </Show>
            <fieldset class="push-choices">
              <legend>{n().accounts}</legend>
              <For each={session.accounts()}>
                {(account) => (
                  <label class="push-check">
                    <input
                      type="checkbox"
                      name="accounts"
                      value={account.accountNumber}
                      checked={form.accounts.includes(account.accountNumber)}
                      onChange={(e) => setForm("accounts", (list) => toggle(list, account.accountNumber, e.currentTarget.checked))}
                    />
                    {n().account(account.accountNumber, account.name)}
                  </label>
                )}
              </For>
            </fieldset>
            <fieldset class="push-choices">
              <legend>{n().what}</legend>
              <label class="push-check">
                <input type="checkbox" name="messages" checked={form.messages} onChange={(e) => setForm("messages", e.currentTarget.checked)} />
                {n().newMessages}
              </label>
              <fieldset class="push-choices push-choices--inner">
                <legend>{n().calls}</legend>
                <For each={outcomes}>
                  {(outcome) => (
                    <label class="push-check">
                      <input
                        type="checkbox"
                        name="callOutcomes"
                        value={outcome}
                        checked={form.callOutcomes.includes(outcome)}
                        onChange={(e) => setForm("callOutcomes", (list) => toggle(list, outcome, e.currentTarget.checked))}
                      />
                      {n().outcomes[outcome]}
                    </label>
                  )}
                </For>
              </fieldset>
            </fieldset>
            <div>
              <label class="push-check">
                <input
                  type="checkbox"
                  name="includeTitle"
                  aria-describedby="push-title-hint"
                  checked={form.includeTitle}
                  onChange={(e) => setForm("includeTitle", e.currentTarget.checked)}
                />
                {n().includeTitle}
              </label>
              <p id="push-title-hint" class="field-hint">
                {n().includeTitleHint(exampleAccount())}
              </p>
            </div>
            <Show when={problem()}>
              <p class="message message--error" role="alert" data-testid="push-problem">
                {problem()}
              </p>
            </Show>
            <Show when={done()}>
              <p class="message message--success" role="status">
                {n().saved}
              </p>
            </Show>
            <div class="push-actions">
              <button type="submit" class="button" disabled={busy() || saved.state !== "ready" || !isOnline()}>
                {isOn() ? n().save : n().turnOn}
              </button>
              <Show when={isOn()}>
                <button type="button" class="button button--secondary" disabled={busy() || !isOnline()} onClick={off}>
                  {n().turnOff}
                </button>
              </Show>
            </div>
            <p class="offline-card__hint">{n().signOutNote}</p>
          </form>
        </Match>
      </Switch>
    </section>
  );
}
