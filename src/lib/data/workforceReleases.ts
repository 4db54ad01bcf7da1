/**
 * Typed reader for the releases of DfE's workforce series: the current one (workforce.csv) and the older one kept
 * in data/workforce_vintages.csv, as one shape, so the feeds can say what a release changed (src/lib/feeds/diff.ts).
 */
import { num, list } from "./load.ts";
import { vintageRows } from "./releases.ts";
import { allWorkforceRows, MEASURES, type Measure } from "./workforce.ts";

/** One council figure of one release. A joint return gives one figure per council it covers (joint: true). */
export interface ReleaseFigure {
  slug: string;
  year: number;
  measure: Measure;
  value: number | null;
  status: string;
  joint: boolean;
}

/** One release of the series: its DfE reporting year and its council figures. */
export interface Release {
  id: string;
  figures: readonly ReleaseFigure[];
}

const KEYS = new Set<string>(MEASURES.map((m) => m.key));
const isMeasure = (k: string): k is Measure => KEYS.has(k);

/** The current release (workforce.csv's council rows, the site's measures), named by its latest count year. */
function currentRelease(): Release {
  const rows = allWorkforceRows().filter((r) => r.level === "Local authority");
  const figures = rows.flatMap((r) =>
    r.councilSlugs.flatMap((slug) =>
      MEASURES.map((m) => ({
        slug,
        year: r.year,
        measure: m.key,
        value: r.values[m.key] ?? null,
        status: r.status[m.key] ?? "",
        joint: r.joint,
      })),
    ),
  );
  return { id: String(rows.at(-1)?.year ?? ""), figures };
}

/** Older releases from workforce_vintages.csv, oldest first (council rows; England's is for lib/domain/releases.ts). */
function olderReleases(): Release[] {
  const byId = new Map<string, ReleaseFigure[]>();
  for (const r of vintageRows()) {
    if (r.council_slugs === "england") continue;
    if (!isMeasure(r.measure)) throw new Error(`data/workforce_vintages.csv: unknown measure "${r.measure}"`);
    const measure = r.measure;
    const figures = list(r.council_slugs).map((slug) => ({
      slug,
      year: Number(r.year),
      measure,
      value: num(r.value),
      status: r.status,
      joint: r.joint === "true",
    }));
    byId.set(r.release, [...(byId.get(r.release) ?? []), ...figures]);
  }
  return [...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, figures]) => ({ id, figures }));
}

let cached: Release[] | undefined;
/** Every release the site holds, oldest first; the last is the one the site shows. */
export const workforceReleases = (): readonly Release[] => (cached ??= [...olderReleases(), currentRelease()]);
