import { OrganisationForm } from "@/components/organisation/organisation-form";
import { BureauKind } from "@/generated/prisma/sqlite/enums";
import { createBureauAction, createSectionAction, updateBureauAction, updateSectionAction } from "@/lib/actions/organisation";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { getTranslator } from "@/lib/i18n/server";

export default async function OrganisationPage() {
  const user = await requirePermission("organisation.manage");
  const { t } = await getTranslator();
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
      </div>
      <section aria-labelledby="new-bureau" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-bureau" className="mb-2 text-lg font-semibold">{t("organisation.newBureau")}</h2>
        <OrganisationForm action={createBureauAction} idPrefix="new-bureau" fields={bureauFields()} submitLabel={t("organisation.create")} legend={t("organisation.newBureau")} />
      </section>
      {bureaus.map((bureau) => (
        <section key={bureau.id} aria-labelledby={`bureau-${bureau.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`bureau-${bureau.id}`} className="text-lg font-semibold">{bureau.name} <span className="text-sm font-normal text-slate-600">（{t(`organisation.kind.${bureau.kind}`)}・{bureau.code}）</span></h2>
          <OrganisationForm action={updateBureauAction} idPrefix={`bureau-${bureau.id}`} hidden={{ bureauId: bureau.id }} fields={bureauFields(bureau)}
            submitLabel={t("organisation.save")} legend={t("organisation.editBureau", { name: bureau.name })} />
          <h3 className="font-medium">{t("organisation.sections")}</h3>
          <ul className="space-y-2">
            {bureau.sections.map((section) => (
              <li key={section.id}>
                <OrganisationForm action={updateSectionAction} idPrefix={`section-${section.id}`} hidden={{ sectionId: section.id }}
                  fields={[{ name: "name", label: t("organisation.sectionName"), defaultValue: section.name }, { name: "sortOrder", label: t("organisation.sortOrder"), defaultValue: section.sortOrder, inputMode: "numeric" }]}
                  submitLabel={t("organisation.save")} legend={t("organisation.editSection", { name: section.name })} />
              </li>
            ))}
          </ul>
          <OrganisationForm action={createSectionAction} idPrefix={`new-section-${bureau.id}`} hidden={{ bureauId: bureau.id }}
            fields={[{ name: "name", label: t("organisation.newSectionName"), defaultValue: "" }, { name: "sortOrder", label: t("organisation.sortOrder"), defaultValue: bureau.sections.length, inputMode: "numeric" }]}
            submitLabel={t("organisation.addSection")} legend={t("organisation.addSectionTo", { name: bureau.name })} />
        </section>
      ))}
    </section>
  );
}
