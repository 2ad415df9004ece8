import type { ReadableBureau } from "@/lib/data/documents";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** A GET form, so the chosen bureau and year live in the URL. */
export function BureauPicker({ bureaus, bureauCode, fiscalYear, t, locale }: {
  bureaus: ReadableBureau[];
  bureauCode: string;
  fiscalYear: number | undefined;
  t: Translate;
  locale: Locale;
}) {
  const years = [...new Set(bureaus.flatMap((b) => b.fiscalYears))].sort((a, b) => b - a);
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        {t("home.bureau")}
        <select name="bureau" defaultValue={bureauCode} className="rounded border border-slate-300 bg-white px-2 py-1">
          {bureaus.map((b) => <option key={b.id} value={b.code}>{b.name}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t("home.fiscalYear")}
        <select name="fy" defaultValue={fiscalYear} className="rounded border border-slate-300 bg-white px-2 py-1">
          {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y, locale)}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">{t("home.show")}</button>
    </form>
  );
}
