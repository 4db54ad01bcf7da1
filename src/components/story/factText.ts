/**
 * The MDX fact components' one call into the article fact resolver (src/story/fact.ts), and the one place the
 * benchmark's switch is read. A real build stops on any article figure the data does not hold or that differs
 * from its `expect`. The benchmark's synthetic build (SYNTHETIC_DATA=1, set only by src/bench/bench.ts) is not the
 * data the articles were written about: there a differing figure is printed as the data gives it, with a warning,
 * so the build's cost can still be measured.
 */
import { fact, resolveFact, type FactProps, type FactTag } from "../../story/fact.ts";

export function factText(tag: FactTag, props: FactProps): string {
  if (process.env["SYNTHETIC_DATA"] !== "1") return fact(tag, props);
  const text = resolveFact(tag, props);
  const expected = props["expect"];
  if (expected !== undefined && String(expected) !== text) console.warn(`synthetic data: <${tag}> gives "${text}"`);
  return text;
}
