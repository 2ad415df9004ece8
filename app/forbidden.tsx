import { NoticePage } from "@/components/ui/notice-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return <NoticePage title={t("forbidden.title")} body={t("forbidden.body")} linkLabel={t("common.backHome")} />;
}
