/**
 * What one release of DfE's workforce series changed against the one before, council by council: pure, so a test
 * can feed it a fixture release. A figure is keyed by council, count year and measure; it changed when its value or
 * its DfE symbol differs, was added when the earlier release did not have it, dropped when the later one does not.
 */
import type { ReleaseFigure } from "../data/workforceReleases.ts";

/** A figure as one release gives it: a number, or null with DfE's symbol. */
export interface FigureValue {
  value: number | null;
  status: string;
}

/** One council figure that differs between two releases; `from` null = new, `to` null = dropped. */
export interface FigureChange {
  year: number;
  measure: ReleaseFigure["measure"];
  from: FigureValue | null;
  to: FigureValue | null;
  joint: boolean;
}

const key = (f: ReleaseFigure): string => `${f.slug}|${String(f.year)}|${f.measure}`;
const same = (a: FigureValue, b: FigureValue): boolean => a.value === b.value && a.status === b.status;
const valueOf = (f: ReleaseFigure): FigureValue => ({ value: f.value, status: f.status });

/** Per council (slug), the figures that differ between `before` and `after`, by year then measure order given. */
export function releaseDiff(
  before: readonly ReleaseFigure[],
  after: readonly ReleaseFigure[],
): Map<string, FigureChange[]> {
  const old = new Map(before.map((f) => [key(f), f]));
  const out = new Map<string, FigureChange[]>();
  const add = (f: ReleaseFigure, change: FigureChange): void => {
    out.set(f.slug, [...(out.get(f.slug) ?? []), change]);
  };
  for (const f of after) {
    const was = old.get(key(f));
    old.delete(key(f));
    if (was && same(valueOf(was), valueOf(f))) continue;
    add(f, { year: f.year, measure: f.measure, from: was ? valueOf(was) : null, to: valueOf(f), joint: f.joint });
  }
  for (const f of old.values())
    add(f, { year: f.year, measure: f.measure, from: valueOf(f), to: null, joint: f.joint });
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}
