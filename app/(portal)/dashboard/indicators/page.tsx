import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { IndicatorCharts } from "@/components/dashboard/indicator-charts";
import type { SearchParams } from "@/lib/validation/dashboard";

export default async function DashboardIndicatorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardFrame view="indicators" searchParams={await searchParams}>
      {(scope, filters) => <IndicatorCharts scope={scope} filters={filters} />}
    </DashboardFrame>
  );
}
