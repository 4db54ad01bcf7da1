/** Output measurements for the benchmark: file count and size, and transfer weight per page type. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pageWeight, type Weight } from "./weight.ts";

const TYPES = ["home", "council", "article", "embed"] as const;
type PageType = (typeof TYPES)[number];

/** Everything the benchmark prints about one build's output. */
export interface OutputReport {
  files: number;
  bytes: number;
  pages: number;
  weights: Record<PageType, { gzip: Weight[]; brotli: Weight[] }>;
  /** Bytes by file extension ("png", "html", ...). */
  byType: Map<string, number>;
  /** Bytes by route: the first path segment, and file type under downloads/ and og/ ("downloads/*.png"). */
  byRoute: Map<string, number>;
}

const add = (m: Map<string, number>, key: string, n: number): void => {
  m.set(key, (m.get(key) ?? 0) + n);
};
/** A file's route group: its first folder (pages at the root are "/"), split by extension where types mix. */
const routeOf = (file: string): string => {
  const parts = file.split("/");
  const top = parts.length > 1 ? (parts[0] ?? "") : "/";
  const ext = file.slice(file.lastIndexOf(".") + 1);
  return top === "downloads" || top === "og" || top === "charts" ? `${top}/*.${ext}` : top;
};

function typeOf(file: string): PageType | null {
  if (file === "index.html") return "home";
  if (/^councils\/[^/]+\/index\.html$/.test(file)) return "council";
  if (/^articles\/[^/]+\/index\.html$/.test(file)) return "article";
  if (/^embed\/.+\/index\.html$/.test(file)) return "embed";
  return null;
}

/** Walk a built site and weigh it. */
export function measureOutput(dist: string): OutputReport {
  const report: OutputReport = {
    files: 0,
    bytes: 0,
    pages: 0,
    weights: {
      home: { gzip: [], brotli: [] },
      council: { gzip: [], brotli: [] },
      article: { gzip: [], brotli: [] },
      embed: { gzip: [], brotli: [] },
    },
    byType: new Map(),
    byRoute: new Map(),
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        report.files += 1;
        report.bytes += stat.size;
        const file = relative(dist, full).split("\\").join("/");
        add(report.byType, file.slice(file.lastIndexOf(".") + 1), stat.size);
        add(report.byRoute, routeOf(file), stat.size);
        if (file.endsWith(".html") && !file.startsWith("pagefind/")) report.pages += 1;
        const type = typeOf(file);
        if (type) {
          report.weights[type].gzip.push(pageWeight(dist, file, "gzip"));
          report.weights[type].brotli.push(pageWeight(dist, file, "brotli"));
        }
      }
    }
  };
  walk(dist);
  return report;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const kb = (n: number): string => (n / 1024).toFixed(1).padStart(6);
const medMax = (ws: Weight[], key: keyof Weight): string =>
  `${kb(median(ws.map((w) => w[key])))} /${kb(Math.max(0, ...ws.map((w) => w[key])))}`;

/** Print the output report as a table. KB = 1,024 bytes. */
export function printOutput(r: OutputReport): void {
  console.log(`  output          ${String(r.files)} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
  const table = (title: string, m: Map<string, number>): void => {
    const rows = [...m].sort((a, b) => b[1] - a[1]);
    console.log(`  ${title}: ${rows.map(([k, n]) => `${k} ${(n / 1e6).toFixed(1)}`).join(", ")} (MB)`);
  };
  table("bytes by file type", r.byType);
  table("bytes by route", r.byRoute);
  console.log("  transfer weight per page type, KB (median / max over pages):");
  console.log("  type        n |  HTML gz    CSS gz     JS gz  TOTAL gz | HTML br   CSS br    JS br  TOTAL br");
  for (const type of TYPES) {
    const { gzip, brotli } = r.weights[type];
    const cols = (ws: Weight[]): string =>
      (["html", "css", "js", "total"] as const).map((k) => medMax(ws, k)).join(" ");
    console.log(`  ${type.padEnd(8)}${String(gzip.length).padStart(5)} | ${cols(gzip)} | ${cols(brotli)}`);
  }
}
