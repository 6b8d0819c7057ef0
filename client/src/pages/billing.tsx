import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** billing: a placeholder until the section is built (replace this module's body). */
export default function BillingPage() {
  return <SectionPlaceholder section="billing" />;
}
