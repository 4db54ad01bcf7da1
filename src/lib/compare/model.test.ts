import { describe, expect, it } from "vitest";
import { cellText, reporterSentence, type CompareCouncil, type Point } from "./model.ts";

const council = (name: string, caseload: Point[], extra: Partial<CompareCouncil> = {}): CompareCouncil => ({
  slug: name.toLowerCase().replace(/ /g, "-"),
  name,
  grades: [],
  notes: [],
  series: { caseload_fte: caseload },
  ...extra,
});
/** A point as the build writes it: the value printed to 1 dp. */
const pt = (year: number, value: number, joint = ""): Point => [year, value, value.toFixed(1), joint];

describe("reporterSentence", () => {
  it("names the highest caseload of the set against the others, for the latest year", () => {
    const s = reporterSentence([
      council("Alpha", [pt(2024, 20), pt(2025, 16.1)]),
      council("Beta", [pt(2025, 18.1)]),
      council("Gamma", [pt(2025, 12)]),
    ]);
    expect(s).toBe(
      "In DfE's figures for 30 September 2025, Beta had the highest average caseload of these three councils, 18.1 cases per social worker, against 16.1 in Alpha and 12.0 in Gamma.",
    );
  });

  it("merges two joint-return partners in the set into one figure, and does not rank them against each other", () => {
    const s = reporterSentence([
      council("Kingston", [pt(2025, 13.9, "Richmond")]),
      council("Richmond", [pt(2025, 13.9, "Kingston")]),
      council("Sutton", [pt(2025, 14)]),
    ]);
    expect(s).toContain("against 13.9 in Kingston and Richmond (one joint return)");
    expect(s).not.toContain("13.9 in Richmond");
  });

  it("says a figure is a joint return when the partner is not in the set", () => {
    const s = reporterSentence([
      council("Kingston", [pt(2025, 13.9, "Richmond")]),
      council("Merton", [pt(2025, 15.3)]),
    ]);
    expect(s).toContain(
      "Merton had the highest average caseload, 15.3 cases per social worker, against 13.9 in Kingston.",
    );
    expect(s).toContain("Kingston's figure is a joint return with Richmond: one figure for both councils.");
  });

  it("gives a suppressed year its symbol and reason, never 0, and leaves it out of the ranking", () => {
    const s = reporterSentence([
      council("Alpha", [pt(2025, 16)]),
      council("Beta", [[2025, null, "c: confidential (suppressed)", ""]]),
      council("Gamma", [pt(2025, 12)]),
    ]);
    expect(s).toContain("Beta's 2025 figure is not published (c: confidential (suppressed)), not zero.");
    expect(s).toContain(
      "Alpha had the highest average caseload of these three councils, 16.0 cases per social worker, against 12.0 in Gamma.",
    );
    expect(s).not.toMatch(/\b0\.0\b/);
  });

  it("says when only one council has a figure and when a council has no return that year", () => {
    const s = reporterSentence([
      council("Old County", [pt(2022, 20)], {
        notes: ["Old County was abolished in 2023 (now New); its series ends then."],
      }),
      council("New", [pt(2025, 17.8)]),
    ]);
    expect(s).toContain("only New has a published average caseload: 17.8 cases per social worker.");
    expect(s).toContain("Old County has no return for 2025.");
    expect(s).toContain("abolished in 2023");
  });

  it("adds the latest grades, marking the unofficial record", () => {
    const s = reporterSentence([
      council("Alpha", [pt(2025, 16)], {
        grades: [
          ["2019-01-01", "Inadequate", "official", "I"],
          ["2025-03-01", "Good", "unofficial", "G"],
        ],
      }),
      council("Beta", [pt(2025, 12)]),
    ]);
    expect(s).toContain("Latest Ofsted grades: Alpha Good (2025, unofficial record).");
  });
});

describe("cellText", () => {
  it("gives the printed value or symbol, and says when there is no row", () => {
    expect(cellText([2025, null, "x: not available", ""])).toBe("x: not available");
    expect(cellText(undefined)).toBe("no return");
  });
});
