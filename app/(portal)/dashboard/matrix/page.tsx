import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { SectionMatrixView } from "@/components/dashboard/section-matrix-view";
import type { SearchParams } from "@/lib/validation/dashboard";

export default async function DashboardMatrixPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  return (
    <DashboardFrame view="matrix" searchParams={query}>
      {(scope, filters) => <SectionMatrixView scope={scope} filters={filters} colouring={query.colour === "state" ? "state" : "role"} />}
    </DashboardFrame>
  );
}
