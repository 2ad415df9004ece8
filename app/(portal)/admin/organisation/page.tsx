import { PortalLink } from "@/components/ui/portal-link";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { BureauKind } from "@/generated/prisma/sqlite/enums";
import { createBureauAction, createSectionAction, mergeSectionsAction, moveIssuesAction, moveSectionAction, setBureauActiveAction, setSectionActiveAction, updateBureauAction, updateSectionAction } from "@/lib/actions/organisation";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { formatFiscalYear } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function OrganisationPage() {
  const user = await requirePermission("organisation.manage");
  const { t, locale } = await getTranslator();
  const { city, bureaus } = await readOrForbidden(getOrganisation(user));
  const kinds = Object.values(BureauKind).map((kind) => ({ value: kind, label: t(`organisation.kind.${kind}`) }));
  const bureauFields = (bureau?: (typeof bureaus)[number]) => [
    { name: "name", label: t("organisation.name"), defaultValue: bureau?.name ?? "" },
    { name: "code", label: t("organisation.code"), defaultValue: bureau?.code ?? "" },
    { name: "kind", label: t("organisation.kind"), defaultValue: bureau?.kind ?? "BUREAU", options: kinds },
    { name: "sortOrder", label: t("organisation.sortOrder"), defaultValue: bureau?.sortOrder ?? 0, inputMode: "numeric" as const },
  ];
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("organisation.title")}</h1>
        <p className="text-sm text-slate-600">{city ? t("organisation.lead", { city: city.name }) : t("organisation.noCity")}</p>
        <p className="mt-1 text-sm"><PortalLink href="/admin/plans" className="text-blue-800 underline">{t("nav.planEditor")}</PortalLink></p>
      </div>
      <section aria-labelledby="new-bureau" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-bureau" className="mb-2 text-lg font-semibold">{t("organisation.newBureau")}</h2>
        <OrganisationForm action={createBureauAction} idPrefix="new-bureau" fields={bureauFields()} submitLabel={t("organisation.create")} legend={t("organisation.newBureau")} />
      </section>
      {bureaus.map((bureau) => {
        const activeBureaus = bureaus.filter((b) => b.active && b.id !== bureau.id);
        return (
          <section key={bureau.id} aria-labelledby={`bureau-${bureau.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`bureau-${bureau.id}`} className="text-lg font-semibold">
              {bureau.name} <span className="text-sm font-normal text-slate-600">{t("text.paren", { text: `${t(`organisation.kind.${bureau.kind}`)}${t("text.separator")}${bureau.code}` })}</span>
              {!bureau.active && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-normal">{t("organisation.inactive")}</span>}
            </h2>
            <OrganisationForm action={updateBureauAction} idPrefix={`bureau-${bureau.id}`} hidden={{ bureauId: bureau.id }} fields={bureauFields(bureau)}
              submitLabel={t("organisation.save")} legend={t("organisation.editBureau", { name: bureau.name })} />
            <OrganisationForm action={setBureauActiveAction} idPrefix={`bureau-active-${bureau.id}`} hidden={{ bureauId: bureau.id, active: String(!bureau.active) }} fields={[]}
              submitLabel={bureau.active ? t("organisation.deactivate") : t("organisation.reactivate")} legend={t(bureau.active ? "organisation.deactivateOf" : "organisation.reactivateOf", { name: bureau.name })}
              confirm={{ summaryKey: bureau.active ? "organisation.confirmDeactivateBureau" : "organisation.confirmReactivate", label: t("organisation.confirm") }} />
            <h3 className="font-medium">{t("organisation.sections")}</h3>
            <ul className="space-y-4">
              {bureau.sections.map((section) => {
                const others = bureau.sections.filter((s) => s.active && s.id !== section.id);
                return (
                  <li key={section.id} className="space-y-2 border-t border-slate-100 pt-2">
                    {!section.active && <p className="text-sm"><span className="rounded bg-slate-200 px-2 py-0.5">{t("organisation.inactive")}</span> {section.name}</p>}
                    <OrganisationForm action={updateSectionAction} idPrefix={`section-${section.id}`} hidden={{ sectionId: section.id }}
                      fields={[{ name: "name", label: t("organisation.sectionName"), defaultValue: section.name }, { name: "sortOrder", label: t("organisation.sortOrder"), defaultValue: section.sortOrder, inputMode: "numeric" }]}
                      submitLabel={t("organisation.save")} legend={t("organisation.editSection", { name: section.name })} />
                    <OrganisationForm action={setSectionActiveAction} idPrefix={`section-active-${section.id}`} hidden={{ sectionId: section.id, active: String(!section.active) }} fields={[]}
                      submitLabel={section.active ? t("organisation.deactivate") : t("organisation.reactivate")} legend={t(section.active ? "organisation.deactivateOf" : "organisation.reactivateOf", { name: section.name })}
                      confirm={{ summaryKey: section.active ? "organisation.confirmDeactivateSection" : "organisation.confirmReactivate", label: t("organisation.confirm") }} />
                    {section.active && others.length > 0 && (
                      <OrganisationForm action={mergeSectionsAction} idPrefix={`merge-${section.id}`} hidden={{ sectionId: section.id }}
                        fields={[{ name: "intoSectionId", label: t("organisation.mergeInto"), options: others.map((s) => ({ value: s.id, label: s.name })) }]}
                        submitLabel={t("organisation.merge")} legend={t("organisation.mergeOf", { name: section.name })}
                        confirm={{ summaryKey: "organisation.confirmMerge", label: t("organisation.confirm") }} />
                    )}
                    {section.active && others.length > 0 && section.ownedIssues.length > 0 && (
                      <OrganisationForm action={moveIssuesAction} idPrefix={`move-issues-${section.id}`} hidden={{ sectionId: section.id }}
                        fields={[
                          { name: "issueIds", label: t("organisation.issuesToMove"), multiple: true, options: section.ownedIssues.map((i) => ({ value: i.id, label: `${formatFiscalYear(i.document.fiscalYear, locale)} ${i.code} ${i.name}` })) },
                          { name: "intoSectionId", label: t("organisation.moveIssuesInto"), options: others.map((s) => ({ value: s.id, label: s.name })) },
                        ]}
                        submitLabel={t("organisation.moveIssues")} legend={t("organisation.moveIssuesOf", { name: section.name })}
                        confirm={{ summaryKey: "organisation.confirmMoveIssues", label: t("organisation.confirm") }} />
                    )}
                    {section.active && activeBureaus.length > 0 && (
                      <OrganisationForm action={moveSectionAction} idPrefix={`move-${section.id}`} hidden={{ sectionId: section.id }}
                        fields={[{ name: "bureauId", label: t("organisation.moveTo"), options: activeBureaus.map((b) => ({ value: b.id, label: b.name })) }]}
                        submitLabel={t("organisation.move")} legend={t("organisation.moveOf", { name: section.name })}
                        confirm={{ summaryKey: "organisation.confirmMove", label: t("organisation.confirm") }} />
                    )}
                  </li>
                );
              })}
            </ul>
            {bureau.active && (
              <OrganisationForm action={createSectionAction} idPrefix={`new-section-${bureau.id}`} hidden={{ bureauId: bureau.id }}
                fields={[{ name: "name", label: t("organisation.newSectionName"), defaultValue: "" }, { name: "sortOrder", label: t("organisation.sortOrder"), defaultValue: bureau.sections.length, inputMode: "numeric" }]}
                submitLabel={t("organisation.addSection")} legend={t("organisation.addSectionTo", { name: bureau.name })} />
            )}
          </section>
        );
      })}
    </section>
  );
}
