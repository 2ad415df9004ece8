"use client";
import { useT } from "@/components/i18n-provider";
import { NoticePage } from "@/components/ui/notice-page";

// A client component: Next puts this page's element into every page's RSC payload (issue 17), where a client reference is a few bytes.
export default function Unauthorized() {
  const t = useT();
  return <NoticePage title={t("unauthorized.title")} body={t("unauthorized.body")} linkLabel={t("common.backHome")} />;
}
