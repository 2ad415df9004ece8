import { diffTexts } from "@/lib/domain/text-diff";

/** Added text underlined in green, removed struck through in red: <ins>/<del> carry it for screen readers too. */
export function TextDiffView({ before, after, labels }: { before: string; after: string; labels: { added: string; removed: string } }) {
  const parts = diffTexts(before, after);
  return (
    <p className="whitespace-pre-line leading-relaxed" data-testid="text-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={index} title={labels.added} className="bg-green-100 text-green-900 underline decoration-green-700">{part.text}</ins>
        ) : (
          <del key={index} title={labels.removed} className="bg-red-100 text-red-900 line-through">{part.text}</del>
        ),
      )}
    </p>
  );
}
