import type { IssueDetail } from "@/lib/data/issues";
import type { Translate } from "@/lib/i18n/messages";

export function PartnerList({ partners, t }: { partners: IssueDetail["partners"]; t: Translate }) {
  if (partners.length === 0) return <p className="text-slate-600">{t("issue.noPartners")}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {partners.map(({ partner, role }) => (
        <li key={partner.id}>
          <span className="font-medium">{partner.name}</span>{" "}
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t(`partnerKind.${partner.kind}`)}</span>
          {role && <span className="ml-2 text-slate-600">{role}</span>}
        </li>
      ))}
    </ul>
  );
}
