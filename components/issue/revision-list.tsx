import { PortalLink } from "@/components/ui/portal-link";
import type { IssueDetail } from "@/lib/data/issues";
import { formatJapanDay } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** Every version of ①–④, newest first; each opens the issue page showing that version. */
export function RevisionList({ issueId, revisions, t, locale }: { issueId: string; revisions: IssueDetail["revisions"]; t: Translate; locale: Locale }) {
  return (
    <ol className="space-y-1 text-sm">
      {revisions.map((revision, index) => (
        <li key={revision.version}>
          <PortalLink href={index === 0 ? `/issues/${issueId}` : `/issues/${issueId}?version=${revision.version}`} className="text-blue-800 hover:underline">
            {t("revisions.entry", { version: revision.version, date: formatJapanDay(revision.createdAt, locale) })}
          </PortalLink>
          {index === 0 && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs">{t("revisions.current")}</span>}
        </li>
      ))}
    </ol>
  );
}
