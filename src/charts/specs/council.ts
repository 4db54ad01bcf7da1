/** Chart specs of the council pages. */
import type { ChartSpec } from "../../lib/chart/types.ts";

/** Every council chart. */
export function councilCharts(): ChartSpec[] {
  return [];
}
