"use client";
import { useT } from "@/components/i18n-provider";
import { NoticePage } from "@/components/ui/notice-page";

// A client component: Next puts this page's element into every page's RSC payload (issue 17), where a client reference is a few bytes.
export default function NotFound() {
  const t = useT();
  return <NoticePage title={t("notFound.title")} body={t("notFound.body")} linkLabel={t("common.backHome")} />;
}
