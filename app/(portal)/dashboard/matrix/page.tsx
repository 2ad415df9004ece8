import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { SectionMatrixView } from "@/components/dashboard/section-matrix-view";
import type { SearchParams } from "@/lib/validation/dashboard";

export default async function DashboardMatrixPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardFrame view="matrix" searchParams={await searchParams}>
      {(scope, filters) => <SectionMatrixView scope={scope} filters={filters} />}
    </DashboardFrame>
  );
}
