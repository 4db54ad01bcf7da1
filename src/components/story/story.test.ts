/** The MDX fact components through Astro's Container API: the text they print, escaping, and the build failure. */
import { describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import Official from "./Official.astro";
import Grade from "./Grade.astro";
import Quote from "./Quote.astro";
import Words from "./Words.astro";
import Cite from "./Cite.astro";

const container = await AstroContainer.create();
/** Rendered HTML without the dev-mode source attributes the container adds. */
const render = async (c: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) =>
  (await container.renderToString(c, { props })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, "");

describe("fact components", () => {
  it("print the value with no stray whitespace around it", async () => {
    const html = await render(Official, { council: "walsall", measure: "caseload_fte", year: 2018, expect: "19.9" });
    expect(html.trim()).toBe('<span class="num">19.9</span>');
    expect(await render(Grade, { id: "walsall-2021-11-26-ilacs-standard", expect: "good" })).toContain(">good<");
  });

  it("fail the render when the article's expected value differs from the data", async () => {
    await expect(
      render(Official, { council: "walsall", measure: "caseload_fte", year: 2018, expect: "19.8" }),
    ).rejects.toThrow(/expects "19.8" but the data gives "19.9"/);
  });

  it("quote testimony as escaped text, attributed and linked, ending without a space", async () => {
    const html = await render(Quote, { id: "cc-2018-09-05-east-sussex-c10" });
    expect(html).toMatch(
      /^<q>the real caseload numbers[^<]*<\/q>\s+<a href="\/testimony\/cc-2018-09-05-east-sussex-c10\/">\(Errin, reader comment, 22 September 2018\)<\/a>$/,
    );
    await expect(render(Quote, { id: "nobody" })).rejects.toThrow(/no testimony/);
  });

  it("quote reported words and cite sources", async () => {
    expect(await render(Words, { id: "walsall-2018-caseload" })).toBe("<q>fell from 19.9 in 2018</q>");
    const cite = await render(Cite, { id: "herald-2018-08-warwickshire" });
    expect(cite).toContain("<cite>Stratford-upon-Avon Herald</cite>");
    expect(cite.trim()).toMatch(/, August 2018$/);
  });
});
