import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import type { listBriefingBooks } from "@/lib/data/briefing-books";
import { formatJapanTime, toJapanIsoString } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/messages";
import { GenerateBriefingForm } from "./generate-briefing-form";

type Book = NonNullable<Awaited<ReturnType<typeof listBriefingBooks>>>[number];
type BookCellsData = Pick<Book, "id" | "state" | "trigger" | "createdAt" | "generatedAt" | "requestedBy" | "version">;

/** When a book was made, why, and its download (or why there is none): shared by the period page and the exports page. */
export function BriefingBookCells({ book, t }: { book: BookCellsData; t: Translate }) {
  const at = book.generatedAt ?? book.createdAt;
  return (
    <>
      <td className="p-2"><time dateTime={toJapanIsoString(at)}>{formatJapanTime(at)}</time></td>
      <td className="p-2">{book.trigger === "DEADLINE" ? t("briefing.byDeadline") : t("briefing.byRequest", { name: book.requestedBy?.name ?? "—" })}</td>
      <td className="p-2">
        {book.state === "READY" ? (
          <a href={`/api/briefings?id=${book.id}`} className="text-blue-800 underline hover:text-blue-950">{t("briefing.download", { version: book.version })}</a>
        ) : (
          t(book.state === "PENDING" ? "briefing.pending" : "briefing.failed")
        )}
      </td>
    </>
  );
}

/** The period's briefing books, newest first, each version downloadable; managers make a new one. */
export function BriefingBooks({ periodId, books, mayGenerate, t }: { periodId: string; books: Book[]; mayGenerate: boolean; t: Translate }) {
  return (
    <section aria-labelledby="briefing-title" className="space-y-3">
      <h2 id="briefing-title" className="text-lg font-bold">{t("briefing.title")}</h2>
      <p className="text-sm text-slate-700">{t("briefing.lead")}</p>
      {books.length === 0 ? (
        <EmptyState>{t("briefing.empty")}</EmptyState>
      ) : (
        <Table columns={[t("briefing.version"), t("briefing.madeAt"), t("briefing.trigger"), t("briefing.file")]}>
          {[...books].reverse().map((book) => (
              <tr key={book.id} className="border-b border-slate-200" data-testid="briefing-row">
                <th scope="row" className="p-2 text-left font-normal">{t("briefing.versionN", { version: book.version })}</th>
                <BriefingBookCells book={book} t={t} />
              </tr>
          ))}
        </Table>
      )}
      {mayGenerate && <GenerateBriefingForm periodId={periodId} />}
    </section>
  );
}
