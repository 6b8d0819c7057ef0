import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** billable: a placeholder until the section is built (replace this module's body). */
export default function BillablePage() {
  return <SectionPlaceholder section="billable" />;
}
