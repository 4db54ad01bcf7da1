/** Chart functions on tiny fixtures: a suppressed value, a joint return and a predecessor. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { caseloadTrend, countYear, type TrendRow } from "../trend/plot.ts";
import { workforceRates, type RateRow } from "../rates/plot.ts";
import { ofstedGrid } from "../ofsted/plot.ts";
import { reportedVsOfficial } from "../reported/plot.ts";
import { compactPath } from "../map/plot.ts";

const rows: TrendRow[] = [
  { series: "Cumbria (to 2022)", role: "predecessor", year: 2021, value: 17, status: "", joint: false },
  { series: "Cumbria (to 2022)", role: "predecessor", year: 2022, value: 15.5, status: "", joint: false },
  { series: "Cumberland", role: "council", year: 2023, value: 16.3, status: "", joint: true },
  { series: "Cumberland", role: "council", year: 2024, value: null, status: "u", joint: false },
  { series: "Cumberland", role: "council", year: 2025, value: 17.8, status: "", joint: false },
  { series: "England", role: "england", year: 2023, value: 16, status: "", joint: false },
];
const marks = [
  { date: "2024-11-26", letter: "G", color: "var(--color-grade-good)", label: "ILACS, 26 November 2024: Good" },
];

describe("caseloadTrend", () => {
  const svg = renderPlot(caseloadTrend(rows, [], marks, { width: 640, years: [2021, 2025] }));
  it("titles every drawn point, the gap and the inspection", () => {
    expect(svg).toContain("<title>Cumberland, 2025: 17.8</title>");
    expect(svg).toContain("<title>Cumberland, 2024: no figure (u)</title>");
    expect(svg).toContain("<title>ILACS, 26 November 2024: Good</title>");
  });
  it("draws the joint point hollow and the predecessor dashed and labelled", () => {
    expect(svg).toContain("Cumberland, 2023: 16.3 (joint return)");
    expect(svg).toMatch(/fill="var\(--color-paper\)"/);
    expect(svg).toContain('stroke-dasharray="5,4"');
    expect(svg).toContain(">Cumbria (to 2022)</text>");
  });
  it("prints the grade letter, not colour alone", () => {
    expect(svg).toMatch(/>G<title>/);
  });
  it("places counts at 30 September", () => {
    expect(countYear("2021-09-30")).toBeCloseTo(2021, 5);
    expect(countYear("2021-11-26")).toBeGreaterThan(2021.1);
  });
});

describe("workforceRates", () => {
  const r: RateRow[] = [
    {
      measure: "Agency workers",
      series: "Birmingham",
      role: "council",
      year: 2024,
      value: null,
      status: "u",
      joint: false,
    },
    {
      measure: "Agency workers",
      series: "Birmingham",
      role: "council",
      year: 2025,
      value: 12.4,
      status: "",
      joint: false,
    },
    { measure: "Agency workers", series: "England", role: "england", year: 2025, value: 13, status: "", joint: false },
  ];
  it("marks the suppressed year with its symbol in both layouts", () => {
    for (const width of [640, 340]) {
      const svg = renderPlot(workforceRates(r, { width, measures: ["Agency workers"], years: [2024, 2025] }));
      expect(svg).toContain("Agency workers, Birmingham, 2024: no figure (u)");
      expect(svg).toContain("Agency workers, Birmingham, 2025: 12.4%");
    }
  });
});

describe("ofstedGrid and reportedVsOfficial", () => {
  it("prints letters in the grid", () => {
    const svg = renderPlot(
      ofstedGrid(
        [{ inspection: "ILACS 2021", judgement: "Overall effectiveness", grade: "Good", letter: "G", color: "blue" }],
        {
          width: 640,
          inspections: ["ILACS 2021"],
          judgements: ["Overall effectiveness"],
        },
      ),
    );
    expect(svg).toContain("ILACS 2021, Overall effectiveness: Good");
    expect(svg).toContain(">G</text>");
  });
  it("draws the official value and the reported interval", () => {
    const svg = renderPlot(
      reportedVsOfficial(
        [
          {
            label: "Caseload, 2018: article",
            measure: "Caseload",
            low: 19.9,
            high: 19.9,
            official: 19.9,
            officialYear: 2018,
            kind: "reported",
            verdict: "matches",
          },
        ],
        { width: 640, measures: ["Caseload"] },
      ),
    );
    expect(svg).toContain("Official DfE figure, 2018: 19.9");
    expect(svg).toContain("Caseload, 2018: article: 19.9 (matches)");
  });
});

describe("compactPath", () => {
  it("writes relative moves (implicit lineto after m) and restarts subpaths from their start", () => {
    expect(compactPath("M10.04,10L12,10L12,12.55Z M20,20L21,20Z", 1)).toBe("m10 10 2 0 0 2.6zm10 10 1 0z");
    expect(compactPath("M0,0L1,0L2,0L2,5Z", 0, 1.5)).toBe("m0 0 2 0 0 5z");
  });
});
