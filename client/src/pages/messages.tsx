import { SectionPlaceholder } from "../components/SectionPlaceholder";

/** messages: a placeholder until the section is built (replace this module's body). */
export default function MessagesPage() {
  return <SectionPlaceholder section="messages" />;
}
