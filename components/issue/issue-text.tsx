import type { Translate } from "@/lib/i18n/messages";
import { Paragraphs } from "@/components/ui/paragraphs";

/** ①–④ exactly as the document words them. */
type IssueTextFields = { name: string; content: string; background: string; measuresHeading: string; measures: string };

export function IssueText({ issue, t }: { issue: IssueTextFields; t: Translate }) {
  const fields = [
    { id: "name", heading: t("issue.name"), text: issue.name },
    { id: "content", heading: t("issue.content"), text: issue.content },
    { id: "background", heading: t("issue.background"), text: issue.background },
    { id: "measures", heading: t("issue.measures", { heading: issue.measuresHeading }), text: issue.measures },
  ];
  return (
    <>
      {fields.map((field) => (
        <section key={field.id} aria-labelledby={`field-${field.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`field-${field.id}`} className="mb-2 font-bold">{field.heading}</h2>
          <Paragraphs text={field.text} />
        </section>
      ))}
    </>
  );
}
