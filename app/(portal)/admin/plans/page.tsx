import { OrganisationForm } from "@/components/organisation/organisation-form";
import { PlanEditor } from "@/components/plans/plan-editor";
import { PlanImportForm } from "@/components/plans/plan-import-form";
import { createPlanAction } from "@/lib/actions/plans";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { getPlansForEditor } from "@/lib/data/plans";
import { getTranslator } from "@/lib/i18n/server";

export default async function PlansAdminPage() {
  const user = await requirePermission("plan.manage");
  const { t, locale } = await getTranslator();
  const plans = await readOrForbidden(getPlansForEditor(user));
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("plan.editorTitle")}</h1>
        <p className="text-sm text-slate-600">{t("plan.editorLead")}</p>
      </div>
      {plans.map((plan) => <PlanEditor key={plan.id} plan={plan} t={t} locale={locale} />)}
      <section aria-labelledby="plan-import" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="plan-import" className="text-lg font-semibold">{t("planImport.title")}</h2>
        <p className="text-sm text-slate-600">{t("planImport.lead")}</p>
        <PlanImportForm plans={plans.map((plan) => ({ id: plan.id, name: plan.name }))} />
      </section>
      <section aria-labelledby="new-plan" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-plan" className="mb-2 text-lg font-semibold">{t("plan.newPlan")}</h2>
        <OrganisationForm action={createPlanAction} idPrefix="new-plan"
          fields={[
            { name: "name", label: t("plan.name"), defaultValue: "" },
            { name: "startFiscalYear", label: t("plan.startFiscalYear"), defaultValue: "", inputMode: "numeric" },
            { name: "endFiscalYear", label: t("plan.endFiscalYear"), defaultValue: "", inputMode: "numeric" },
            { name: "levelNames", label: t("plan.levelNames"), defaultValue: "" },
          ]}
          submitLabel={t("plan.create")} legend={t("plan.newPlan")} />
      </section>
    </section>
  );
}
