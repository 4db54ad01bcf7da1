/**
 * Identity checks across files: every current council must be in the workforce series, on the hex map and on the
 * boundary map, and each map feature's own name must match the council its code is joined to (two swapped codes
 * would otherwise draw Leeds where Wakefield is, with exit 0).
 */
import { PipelineError } from "./lib/errors.ts";
import type { Registry } from "./councils.ts";
import type { WorkforceInput } from "./workforceParse.ts";
import { GEO_FILES, type GeoResult } from "./geography.ts";

const WORKFORCE_FILE = "workforce/csww_indicators_2017_to_2025.csv";

/** Words that differ between publishers' spellings of one council ("Bristol, City of", "County Durham"). */
const NOISE = new Set(["city", "of", "county", "the", "and", "upon", "on", "borough", "council"]);

/** A council name reduced to its distinctive words, for comparing two publishers' spellings. */
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z]+/)
    .filter((w) => w !== "" && !NOISE.has(w));

/** True when two spellings name the same council: the distinctive words of one are all in the other. */
function sameCouncilName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0) return false;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** Stop unless every current council has workforce rows, a hex and a boundary, each named as the council. */
export function checkCurrentCouncils(reg: Registry, workforce: readonly WorkforceInput[], geo: GeoResult): void {
  const inSeries = new Set(workforce.flatMap((w) => w.keys.old_la_code.split(" / ")));
  for (const c of reg.councils) {
    if (c.status !== "current") continue;
    if (!inSeries.has(c.dfe_code))
      throw new PipelineError(
        WORKFORCE_FILE,
        null,
        "old_la_code",
        `current council ${c.name} (${c.dfe_code}) has no rows`,
      );
    if (c.hex_code === "")
      throw new PipelineError(GEO_FILES.hex, null, "cua-code", `current council ${c.name} has no hex`);
    const hexName = geo.names.hex.get(c.hex_code) ?? "";
    if (!sameCouncilName(hexName, c.name))
      throw new PipelineError(
        GEO_FILES.hex,
        null,
        "cua-name",
        `hex ${c.hex_code} is named "${hexName}" but the code belongs to ${c.name} (codes swapped?)`,
      );
    const codes = c.ons_codes.split(";").map((p) => p.split(":")[0] ?? "");
    const code = codes.find((k) => geo.names.boundaries.has(k));
    if (code === undefined)
      throw new PipelineError(GEO_FILES.ons, null, "CTYUA23CD", `current council ${c.name} has no boundary`);
    const boundaryName = geo.names.boundaries.get(code) ?? "";
    if (!sameCouncilName(boundaryName, c.name))
      throw new PipelineError(
        GEO_FILES.ons,
        null,
        "CTYUA23NM",
        `boundary ${code} is named "${boundaryName}" but the code belongs to ${c.name} (codes swapped?)`,
      );
  }
}
