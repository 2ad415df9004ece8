import { notFound } from "next/navigation";
import { PlanDashboardView } from "@/components/plans/plan-dashboard";
import { SelectField } from "@/components/ui/select-field";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { getPlanDashboard } from "@/lib/data/plans";
import { db } from "@/lib/db";
import { formatDateBoth } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { parsePlanDashboardQuery } from "@/lib/validation/plans";

export default async function PlanDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const query = parsePlanDashboardQuery(await searchParams);
  const cityWide = can(user, "city.view");
  // A bureau's own people see their bureau; city-level readers the whole city unless they pick one.
  const own = user.bureauId ? await db.bureau.findUnique({ where: { id: user.bureauId }, select: { code: true, name: true } }) : null;
  const bureauCode = query.bureau ?? (cityWide ? null : (own?.code ?? null));
  if (bureauCode === null && !cityWide) notFound();
  const dashboard = await readOrForbidden(getPlanDashboard(user, { planId: query.plan, bureauCode, date: query.date }, readEnv().KPI_GRADE_THRESHOLDS));
  if (!dashboard) notFound();
  const bureaus = cityWide ? await db.bureau.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, name: true } }) : own ? [own] : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t("planDashboard.title")}
        <span className="ml-3 text-lg font-normal">{dashboard.bureau?.name ?? t("planDashboard.cityWide")}</span>
      </h1>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <SelectField label={t("planDashboard.plan")} name="plan" value={dashboard.plan?.id} options={dashboard.plans.map((plan) => ({ value: plan.id, label: plan.name }))} />
        <SelectField label={t("planDashboard.bureau")} name="bureau" value={dashboard.bureau?.code ?? ""} options={bureaus.map((bureau) => ({ value: bureau.code, label: bureau.name }))}
          allLabel={cityWide ? t("planDashboard.cityWide") : undefined} />
        <SelectField label={t("dashboard.reportingDate")} name="date" value={dashboard.date ?? undefined} options={dashboard.dates.map((d) => ({ value: d, label: formatDateBoth(d, locale) }))} />
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("dashboard.apply")}</button>
      </form>
      {dashboard.plan && dashboard.date && (
        <p className="text-sm">
          {t("kpiReport.download")}
          {(["pdf", "xlsx"] as const).map((format) => {
            const query = new URLSearchParams({ plan: dashboard.plan!.id, date: dashboard.date!, format, ...(dashboard.bureau ? { bureau: dashboard.bureau.code } : {}) });
            return <a key={format} href={`/api/exports/kpi?${query}`} className="ml-3 text-blue-800 underline">{format === "pdf" ? "PDF" : "Excel"}</a>;
          })}
        </p>
      )}
      {dashboard.date === null ? <p className="text-slate-600">{t("city.noPeriods")}</p> : <PlanDashboardView dashboard={dashboard} t={t} locale={locale} />}
    </div>
  );
}
