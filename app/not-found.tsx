import { NoticePage } from "@/components/ui/notice-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return <NoticePage title={t("notFound.title")} body={t("notFound.body")} linkLabel={t("common.backHome")} />;
}
