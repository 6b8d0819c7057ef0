import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** statistics: a placeholder until the section is built (replace this module's body). */
export default function StatisticsPage() {
  return <SectionPlaceholder section="statistics" />;
}
