/** Chart specs of the testimony pages. */
import type { ChartSpec } from "../../lib/chart/types.ts";

/** Every testimony chart. */
export function testimonyCharts(): ChartSpec[] {
  return [];
}
