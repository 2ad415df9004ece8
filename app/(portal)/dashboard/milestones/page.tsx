import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { MilestoneTimelineView } from "@/components/dashboard/milestone-timeline-view";
import type { SearchParams } from "@/lib/validation/dashboard";

export default async function DashboardMilestonesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardFrame view="milestones" searchParams={await searchParams}>
      {(scope, filters) => <MilestoneTimelineView scope={scope} filters={filters} />}
    </DashboardFrame>
  );
}
