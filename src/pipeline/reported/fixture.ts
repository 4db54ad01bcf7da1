/**
 * A tiny self-contained fixture for runReported tests: one article, curated rows about it, and tidy councils and
 * workforce tables. `overrides` replaces whole files to make a broken case.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./testkit.ts";

const FIGURE_HEADER =
  "id,council_slug,measure,words,value_low,value_high,interpretation,scope,stated_by,stated_date,stated_date_precision,date_basis,repeats,note,source_id";
const TESTIMONY_HEADER =
  "id,name,date,council_slug,caseload_low,caseload_high,team_low,team_high,team_words,interpretation,role,kind,quote,excluded,source_id,team_type,cases,fte,consent,moderated";

/** Files of the fixture, keyed by path relative to its root (curated/, sources/, out/). */
export const FIXTURE: Record<string, string> = {
  "sources/a.txt":
    "Caseloads fall in Testshire\n\nInspectors found caseloads were in the\nmid 20s across the council, against a target of 15.\n\n" +
    '  1. Jo Bloggs March 3, 2019 at 1:00 pm #\n\n    My caseload was 30, "never less", in <b>my</b> team.\n\n' +
    "  2. Sam March 4, 2019 at 2:00 pm #\n\n    Nice weather.\n",
  "curated/sources.csv":
    "id,file,publication,publication_basis,title,date,date_precision,date_basis,url,located_url,council_slugs\n" +
    "t-2019,a.txt,Test Gazette,printed,Caseloads fall in Testshire,2019-03,month,from the comments,,,testshire\n",
  "curated/reported_figures.csv":
    `${FIGURE_HEADER}\n` +
    't-mid-20s,testshire,caseload_fte,"caseloads were in the mid 20s",24,26,mid 20s = 24-26,council-wide average,Ofsted report,2019-02-01,day,,,,t-2019\n' +
    "t-target,testshire,caseload_fte,a target of 15,15,15,target,target,Ofsted report,2019-02-01,day,,,,t-2019\n" +
    "t-none,testshire,caseload_fte,Caseloads fall,,,no figure stated,council-wide average,article,2019-03,month,,,,t-2019\n",
  "curated/testimony.csv":
    `${TESTIMONY_HEADER}\n` +
    't-2019-c1,Jo Bloggs,2019-03-03,testshire,30,30,,,,30,,first-hand,"My caseload was 30, ""never less"", in <b>my</b> team.",,t-2019,,,,,\n' +
    "t-2019-c2,Sam,2019-03-04,,,,,,,,,,Nice weather.,not about caseloads,t-2019,,,,,\n",
  "out/councils.csv": "slug,name,dfe_code,ons_code,status,successors\ntestshire,Testshire,999,E10000999,current,\n",
  "out/workforce.csv":
    "time_period,geographic_level,old_la_code,new_la_code,la_name,caseload_fte,caseload_fte_status,council_slugs,joint\n" +
    "2017,Local authority,999,E10000999,Testshire,20.0,,testshire,false\n" +
    "2018,Local authority,999,E10000999,Testshire,21.5,,testshire,false\n" +
    "2019,Local authority,999,E10000999,Testshire,,x,testshire,false\n",
};

/** Write the fixture (with any files replaced) to a new temporary folder and return its root. */
export function writeFixture(overrides: Record<string, string> = {}): string {
  const root = tempDir("reported-fixture");
  for (const [path, body] of Object.entries({ ...FIXTURE, ...overrides })) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

/** runReported options for a fixture root. */
export const fixtureOptions = (root: string, log: (line: string) => void = () => undefined) => ({
  sourcesDir: join(root, "sources"),
  outDir: join(root, "out"),
  curatedDir: join(root, "curated"),
  log,
});
