/** Ofsted's overall grades, defined once: order (best first), the letter charts print, and the colour token. */
import type { Grade } from "../data/inspections.ts";

export type { Grade };

/** Ofsted grades, best first, with the letters charts print beside the colour. */
export const GRADES: readonly { grade: Grade; letter: string; color: string }[] = [
  { grade: "Outstanding", letter: "O", color: "var(--color-grade-outstanding)" },
  { grade: "Good", letter: "G", color: "var(--color-grade-good)" },
  { grade: "Requires improvement", letter: "RI", color: "var(--color-grade-ri)" },
  { grade: "Inadequate", letter: "I", color: "var(--color-grade-inadequate)" },
];

/** The grade names, best first. */
export const GRADE_NAMES: readonly Grade[] = GRADES.map((g) => g.grade);

/** A grade's rank, 0 for Outstanding (for sorting). */
export const gradeRank = (g: Grade): number => GRADE_NAMES.indexOf(g);

/** The letter printed for a grade ("RI"). */
export const gradeLetter = (g: Grade): string => GRADES.find((x) => x.grade === g)?.letter ?? "?";

/** The colour token of a grade. */
export const gradeColor = (g: Grade): string => GRADES.find((x) => x.grade === g)?.color ?? "var(--color-ink-muted)";
