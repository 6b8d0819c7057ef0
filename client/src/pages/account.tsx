import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** account: a placeholder until the section is built (replace this module's body). */
export default function AccountPage() {
  return <SectionPlaceholder section="account" />;
}
