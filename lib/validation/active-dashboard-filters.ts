import type { DashboardFilters } from "./dashboard";

/**
 * How many of the dashboard's filters narrow what is shown: every one set in the
 * URL except the bureau, which always has a value (the user's own by default).
 */
export function countActiveDashboardFilters(filters: DashboardFilters): number {
  const { bureau: _bureau, affiliated, ...rest } = filters;
  return Object.values(rest).filter((value) => value !== undefined).length + (affiliated ? 1 : 0);
}
