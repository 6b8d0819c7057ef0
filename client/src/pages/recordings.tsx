import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** recordings: a placeholder until the section is built (replace this module's body). */
export default function RecordingsPage() {
  return <SectionPlaceholder section="recordings" />;
}
