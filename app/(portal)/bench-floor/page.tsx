import { getTranslator } from "@/lib/i18n/server";

// The framework floor for the benches (npm run bench, bench:profile): a signed-in page with
// nothing of its own, so its time is the proxy, the session, the portal layout and rendering.
export default async function BenchFloorPage() {
  const { t } = await getTranslator();
  return <h1 className="text-2xl font-bold">{t("app.title")}</h1>;
}
