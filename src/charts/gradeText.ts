/**
 * What a chart prints for an Ofsted grade: a word or Ofsted's own abbreviation, never a lone letter (a bare "I"
 * for Inadequate read as a tick mark or a divider).
 */
const SHORT: Readonly<Record<string, string>> = {
  Outstanding: "Out",
  Good: "Good",
  "Requires improvement": "RI",
  Inadequate: "Inad",
};

/** "Inad" for Inadequate; the grade itself when it has no short form. */
export const gradeShort = (grade: string): string => SHORT[grade] ?? grade;

/** The key's explanation of the short forms. */
export const GRADE_SHORT_NOTE = "Out Outstanding, Good, RI Requires improvement (to be good), Inad Inadequate";
