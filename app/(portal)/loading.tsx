import { getTranslator } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getTranslator();
  return <p role="status" aria-live="polite" className="text-slate-600">{t("common.loading")}</p>;
}
