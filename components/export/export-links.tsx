import { type ExportFormat, exportFormats } from "@/lib/validation/export";
import type { Translate } from "@/lib/i18n/messages";

/** One download link per format for a bureau (or "all") and reporting date. */
export function ExportLinks({ bureau, date, t }: { bureau: string; date: string; t: Translate }) {
  const formats = exportFormats.filter((format: ExportFormat) => !(format === "pdf" && bureau === "all"));
  return (
    <ul className="flex flex-wrap gap-2">
      {formats.map((format) => (
        <li key={format}>
          <a
            href={`/api/exports?${new URLSearchParams({ bureau, date, format })}`}
            download
            className="inline-block rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
            aria-label={t("export.downloadLabel", { format: t(`export.format.${format}`), date })}
          >
            {t(`export.format.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
