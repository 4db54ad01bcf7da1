/** The chart frame through Astro's Container API (which does not read astro.config: the site is passed here). */
import { describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import ChartFigure from "./ChartFigure.astro";
import type { ChartSpec } from "../lib/chart/types.ts";
import { caseloadTrend } from "../charts/trend/plot.ts";

const spec: ChartSpec = {
  chart: "test-chart",
  scope: "walsall",
  title: "Walsall <test> & chart",
  subtitle: "Cases per social worker",
  description: "Walsall's average caseload fell from 19.9 in 2018 to 13.4 in 2020.",
  notes: ["A note."],
  sources: [{ name: "DfE", licence: "ogl" }],
  columns: [
    { key: "time_period", label: "Year" },
    { key: "caseload_fte", label: "Caseload", format: "dp1" },
    { key: "caseload_fte_status", label: "Flag" },
    { key: "lower_quartile", label: "Lower quartile", format: "dp1" },
  ],
  rows: [
    { time_period: 2018, caseload_fte: 19.9, caseload_fte_status: null, lower_quartile: null },
    { time_period: 2020, caseload_fte: null, caseload_fte_status: "u: low reliability", lower_quartile: null },
  ],
  plot: (width) =>
    caseloadTrend(
      [
        { series: "Walsall", role: "council", year: 2018, value: 19.9, status: "", joint: false },
        { series: "Walsall", role: "council", year: 2020, value: null, status: "u", joint: false },
      ],
      [],
      [],
      { width, years: [2018, 2020] },
    ),
  page: "/councils/walsall/",
};

describe("ChartFigure", async () => {
  const container = await AstroContainer.create({ astroConfig: { site: "https://caseloadcheck.org.uk" } });
  const rendered = await container.renderToString(ChartFigure, {
    props: { spec },
    request: new Request("https://caseloadcheck.org.uk/councils/walsall/"),
    partial: true,
  });
  // Vitest renders in dev mode, which tags elements with their source location; compare the markup without them.
  const html = rendered.replaceAll(/ data-astro-source-[a-z]+="[^"]*"/g, "").replaceAll("&#39;", "'");

  it("frames the chart: escaped title, subtitle, wide and narrow SVG, description", () => {
    expect(html).toContain("Walsall &lt;test&gt; &amp; chart");
    expect(html).toContain("Cases per social worker");
    expect((html.match(/<svg/g) ?? []).length).toBe(2);
    expect(html).toContain(spec.description);
  });

  it("has the data table with suppressed values shown with their reason, never as 0", () => {
    expect(html).toContain("<td>19.9</td>");
    expect(html).toContain("u: low reliability");
    expect(html).not.toContain("<td>0.0</td>");
  });

  it("leaves out of the table a column with no value in any row (the CSV keeps it), not one with some", () => {
    expect(html).toContain(">Flag</th>");
    expect(html).toContain(">Caseload</th>");
    expect(html).not.toContain("Lower quartile");
    expect((html.match(/<td/g) ?? []).length).toBe(spec.rows.length * 3);
  });

  it("links the CSV, SVG and PNG downloads and carries the embed code", () => {
    expect(html).toContain('href="/downloads/test-chart/walsall.csv"');
    expect(html).toContain('href="/downloads/test-chart/walsall.svg"');
    expect(html).toContain('href="/downloads/test-chart/walsall.png"');
    expect(html).toContain("/embed/test-chart/walsall/");
    expect(html).toContain("&lt;iframe");
  });
});
