import { For, Show } from "solid-js";
import { useI18n } from "../i18n";
import { useSession } from "../session";

/**
 * Under every page title, as the manual asks: the client account number and the billing
 * number. With several accounts, a picker sets the current account (kept on this device);
 * later sections pre-fill their filters with `useSession().currentAccount()`.
 */
export function AccountBar() {
  const { t } = useI18n();
  const session = useSession();
  const several = () => session.accounts().length > 1;
  return (
    <Show
      when={session.currentAccount()}
      fallback={
        <p class="account-bar account-bar--empty" role="note">
          {t().header.noAccounts}
        </p>
      }
    >
      {(account) => (
        <div class="account-bar" role="group" aria-label={t().header.accountInfo}>
          <Show
            when={several()}
            fallback={
              <p class="account-bar__item">
                <span class="account-bar__label">{t().header.accountNumber}</span>
                <span class="account-bar__value" data-testid="account-number">
                  {account().accountNumber}
                </span>
                <span class="account-bar__name">{account().name}</span>
              </p>
            }
          >
            <div class="account-bar__item">
              <label class="account-bar__label" for="current-account">
                {t().header.accountNumber}
              </label>
              <select
                id="current-account"
                class="account-bar__select"
                data-testid="account-picker"
                onChange={(e) => session.setCurrentAccount(Number(e.currentTarget.value))}
              >
                <For each={session.accounts()}>
                  {(a) => (
                    <option value={a.accountNumber} selected={a.accountNumber === account().accountNumber}>
                      {a.accountNumber} — {a.name}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </Show>
          <p class="account-bar__item">
            <span class="account-bar__label">{t().header.billingNumber}</span>
            <span class="account-bar__value" data-testid="billing-number">
              {account().billingNumber}
            </span>
          </p>
        </div>
      )}
    </Show>
  );
}
