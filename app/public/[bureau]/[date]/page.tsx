import { notFound } from "next/navigation";
import { PublicDocumentView } from "@/components/public/public-document-view";
import { PublicFrame } from "@/components/public/public-frame";
import { getPublishedDocument } from "@/lib/data/public-documents";
import { getPublicTranslator } from "@/lib/i18n/public-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ bureau: string; date: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props) {
  const { bureau, date } = await params;
  const doc = await getPublishedDocument(bureau, date);
  return { title: doc ? `${doc.title}（${doc.reportingDate}）` : undefined };
}

/** A published document as of its date: /public/<bureau code>/<YYYY-MM-DD>. */
export default async function PublicDocumentPage({ params, searchParams }: Props) {
  const { bureau, date } = await params;
  const { t, locale } = await getPublicTranslator((await searchParams).lang);
  const doc = await getPublishedDocument(bureau, date);
  if (!doc) notFound();
  return (
    <PublicFrame t={t} locale={locale} path={`/public/${doc.bureau.code}/${doc.reportingDate}`}>
      <PublicDocumentView doc={doc} t={t} locale={locale} />
    </PublicFrame>
  );
}
