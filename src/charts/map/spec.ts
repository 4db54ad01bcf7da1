/** The two maps of /map/ as chart specs: hex cartogram and ONS boundaries ("map-hex", "map-boundaries"). */
import { dp1, listJoin } from "../../lib/domain/format.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { DFE_SOURCE, OFSTED_SOURCE } from "../../lib/chart/sources.ts";
import { englandSeries } from "../../lib/data/workforce.ts";
import {
  areaLabel,
  BINS,
  drawnCouncils,
  binColor,
  caseloadAt,
  gradeAt,
  mapFeatures,
  mapYear,
  NO_DATA,
  returnsAt,
} from "../../lib/council/map.ts";
import { smallLeftOut } from "../../lib/domain/small.ts";
import { choropleth, type MapArea } from "./plot.ts";
import type { Place } from "./decor.ts";
import type { Council } from "../../lib/data/councils.ts";

/** London's region code (ONS). */
const LONDON = "E12000007";

/**
 * Reference places for finding one's way, most important first (an earlier label wins a collision): the
 * largest cities, the corners of England and the counties between. `phone`: also in the phone's shorter set.
 * Each is placed from its councils' drawn shapes.
 */
const PLACES: readonly (readonly [name: string, slug: string, phone: boolean])[] = [
  ["Birmingham", "birmingham", true],
  ["Manchester", "manchester", true],
  ["Leeds", "leeds", true],
  ["Newcastle", "newcastle-upon-tyne", true],
  ["Bristol", "bristol", true],
  ["Cornwall", "cornwall", true],
  ["Kent", "kent", true],
  ["Norfolk", "norfolk", true],
  ["Liverpool", "liverpool", false],
  ["Sheffield", "sheffield", false],
  ["Nottingham", "nottingham", false],
  ["Hull", "kingston-upon-hull", false],
  ["Plymouth", "plymouth", false],
  ["Cumberland", "cumberland", false],
  ["Northumberland", "northumberland", false],
  ["Devon", "devon", false],
];

/** The places labelled on a map: London first on the hex map (the boundary map names it on its inset). */
function places(kind: "hex" | "boundaries", councils: readonly Council[]): Place[] {
  const london = councils.filter((c) => c.regionCode === LONDON).map((c) => c.slug);
  const named = PLACES.map(([name, slug, phone]) => ({ name, slugs: [slug], phone }));
  return kind === "hex" ? [{ name: "London", slugs: london, phone: true }, ...named] : named;
}

/** Every return with this value, named: extremes can be shared ("Islington and Liverpool"). */
const namesAt = (rows: readonly { name: string; value: number }[], value: number): string =>
  listJoin(
    rows
      .filter((r) => r.value === value)
      .map((r) => r.name)
      .sort(),
  );

const SOURCES = (kind: "hex" | "boundaries"): ChartSpec["sources"] => [
  DFE_SOURCE,
  OFSTED_SOURCE,
  kind === "hex"
    ? {
        name: "House of Commons Library, 2023 upper-tier local authority hex cartogram",
        url: "https://github.com/houseofcommonslibrary/uk-hex-cartograms-noncontiguous",
        licence: "parliament",
      }
    : {
        name: "Office for National Statistics, Counties and Unitary Authorities (December 2023) boundaries",
        licence: "ons",
      },
];

function mapSpec(kind: "hex" | "boundaries"): ChartSpec {
  const year = mapYear();
  const councils = drawnCouncils();
  const areas: MapArea[] = councils.map((c) => {
    const v = caseloadAt(c, year).value;
    return { code: c.hexCode ?? "", slug: c.slug, color: binColor(v), letter: "", label: areaLabel(c, year) };
  });
  const feats = mapFeatures()[kind];
  // Each DfE return once (a joint return covers two hexes); small returns left out of the stated extremes.
  const returns = returnsAt(year);
  const withoutFigure = councils.filter((c) => caseloadAt(c, year).value === null).length;
  const sorted = returns.filter((r) => !r.small).sort((a, b) => b.value - a.value);
  const top = sorted[0];
  const bottom = sorted.at(-1);
  const leftOut = smallLeftOut(returns.filter((r) => r.small).map((r) => r.name));
  const counts = BINS.map(
    (b, i) => returns.filter((x) => x.value >= b.min && x.value < (BINS[i + 1]?.min ?? Infinity)).length,
  );
  const eng = englandSeries("caseload_fte").at(-1)?.value;
  return {
    chart: kind === "hex" ? "map-hex" : "map-boundaries",
    scope: "england",
    title:
      kind === "hex"
        ? `Average caseload by council, ${String(year)}: hex map`
        : `Average caseload by council, ${String(year)}: boundary map`,
    subtitle:
      kind === "hex"
        ? "Each council is a group of hexagons sized by its population (House of Commons Library cartogram), grouped by county and placed roughly where it is. Cases per social worker (FTE) at 30 September"
        : "Council boundaries (ONS, December 2023). Cases per social worker (FTE) at 30 September",
    description:
      top && bottom
        ? `In ${String(year)} the highest average caseload was ${dp1(top.value)} (${namesAt(sorted, top.value)}) and the lowest ${dp1(bottom.value)} (${namesAt(sorted, bottom.value)}); England's average was ${(eng !== undefined && eng !== null ? dp1(eng) : null) ?? "not published"}.${leftOut ? ` ${leftOut}` : ""} Of ${String(returns.length)} council returns (joint returns counted once), ` +
          BINS.map((b, i) => `${b.label}: ${String(counts[i] ?? 0)}`).join("; ") +
          `; ${String(withoutFigure)} ${withoutFigure === 1 ? "council" : "councils"} with no figure.`
        : "",
    notes: [
      "Each area links to its council's page.",
      "Kingston upon Thames and Richmond upon Thames share one joint figure, as do North and West Northamptonshire (from 2021).",
      ...(kind === "boundaries"
        ? [
            "Small councils are hard to see on the boundary map: London is drawn again, enlarged, in the box at the top right, and the hex map sizes every council by its population.",
          ]
        : []),
    ],
    sources: SOURCES(kind),
    columns: [
      { key: "council", label: "Council", format: "text" },
      { key: "code", label: "Area code", format: "text" },
      { key: "time_period", label: "Year", format: "text" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "band", label: "Band", format: "text" },
      { key: "ofsted", label: "Ofsted grade", format: "text" },
    ],
    rows: councils.map((c) => {
      const v = caseloadAt(c, year).value;
      const g = gradeAt(c.slug, year);
      const bin = v === null ? "no figure" : ([...BINS].reverse().find((b) => v >= b.min)?.label ?? "");
      return {
        council: c.name,
        code: c.hexCode ?? "",
        time_period: year,
        caseload_fte: v,
        band: bin,
        ofsted: g.grade ? `${g.grade}${g.unofficial ? " (unofficial)" : ""}` : "",
      };
    }),
    plot: (width) =>
      choropleth(feats, areas, {
        width,
        kind,
        places: places(kind, councils),
        ...(kind === "boundaries"
          ? { inset: { name: "London", slugs: councils.filter((c) => c.regionCode === LONDON).map((c) => c.slug) } }
          : {}),
      }),
    key: [
      ...BINS.map((b) => ({ label: b.label, color: b.color, shape: "bar" as const })),
      { label: "no figure", color: NO_DATA, shape: "bar" as const },
    ],
    page: "/map/",
    narrow: false,
    ...(eng !== undefined && eng !== null
      ? { headline: { value: dp1(eng), label: `England's average caseload, ${String(year)}` } }
      : {}),
  };
}

/** Both maps. */
export const mapCharts = (): ChartSpec[] => [mapSpec("hex"), mapSpec("boundaries")];
