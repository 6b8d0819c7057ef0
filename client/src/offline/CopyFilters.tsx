import { filtersLine } from "../../../shared/filters/filters-in-words";
import { useI18n } from "../i18n";
import { parseInput } from "./recent-reports";

/**
 * The filters of a copy kept offline, in words, beside the banner's date. A module of its own,
 * loaded when a copy is shown: saying filters in words takes every section's filter schemas,
 * which no page's first view needs.
 */
export default function CopyFilters(props: { path: string; input: string }) {
  const { t, locale } = useI18n();
  return <>{filtersLine(props.path, parseInput(props.input), t(), locale())}</>;
}
