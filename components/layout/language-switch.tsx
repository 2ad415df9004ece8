import { setLocale } from "@/lib/actions/locale";
import { catalogues, type Locale, locales } from "@/lib/i18n/messages";

/** Buttons in a form: works without JavaScript, and each names its language in that language. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={label}>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={`rounded px-2 py-1 ${option === locale ? "bg-blue-700 text-white" : "border border-slate-300 hover:bg-slate-100"}`}
        >
          {catalogues[option][`lang.${option}`]}
        </button>
      ))}
    </form>
  );
}
