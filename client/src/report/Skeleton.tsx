import { For } from "solid-js";
import { useI18n } from "../i18n";

/** What a report's rows look like, for the placeholders drawn while they load. */
export type SkeletonShape = "rows" | "inbox" | "figures" | "card";

const counts: Record<SkeletonShape, number> = { rows: 8, inbox: 6, figures: 16, card: 3 };

/**
 * Grey blocks of the shape the data will take (a table's rows, inbox lines, the figures), so
 * the page keeps its layout while loading; screen readers hear "Loading…" once.
 */
export function Skeleton(props: { shape: SkeletonShape }) {
  const { t } = useI18n();
  return (
    <div class={`skeleton skeleton--${props.shape}`} data-testid="skeleton">
      <span class="visually-hidden" role="status">
        {t().common.loading}
      </span>
      <For each={Array.from({ length: counts[props.shape] })}>
        {() => (
          <div class="skeleton__item" aria-hidden="true">
            <span class="skeleton__line skeleton__line--wide" />
            <span class="skeleton__line" />
          </div>
        )}
      </For>
    </div>
  );
}
