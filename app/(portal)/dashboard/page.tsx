import { BureauOverview } from "@/components/dashboard/bureau-overview";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import type { SearchParams } from "@/lib/validation/dashboard";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardFrame view="overview" searchParams={await searchParams}>
      {(scope, filters) => <BureauOverview scope={scope} filters={filters} />}
    </DashboardFrame>
  );
}
