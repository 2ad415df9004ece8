import { BriefingBookCells } from "@/components/periods/briefing-books";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Table } from "@/components/ui/table";
import type { listBureauBriefingBooks } from "@/lib/data/briefing-books";
import type { Locale, Translate } from "@/lib/i18n/messages";

type Book = Awaited<ReturnType<typeof listBureauBriefingBooks>>[number];

/** The bureau's briefing books by reporting date, every version, for whoever may read them (auditors included). */
export function BureauBriefingBooks({ books, t, locale }: { books: Book[]; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="bureau-briefing-title" className="space-y-3">
      <h2 id="bureau-briefing-title" className="text-lg font-bold">{t("briefing.title")}</h2>
      <p className="text-sm text-slate-700">{t("briefing.bureauLead")}</p>
      {books.length === 0 ? (
        <EmptyState>{t("briefing.noneForBureau")}</EmptyState>
      ) : (
        <Table columns={[t("dashboard.reportingDate"), t("briefing.version"), t("briefing.madeAt"), t("briefing.trigger"), t("briefing.file")]}>
          {books.map((book) => (
            <tr key={book.id} className="border-b border-slate-200" data-testid="bureau-briefing-row">
              <th scope="row" className="p-2 text-left font-normal"><FormattedDate date={book.reportingDate} locale={locale} /></th>
              <td className="p-2">{t("briefing.versionN", { version: book.version })}</td>
              <BriefingBookCells book={book} t={t} />
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
