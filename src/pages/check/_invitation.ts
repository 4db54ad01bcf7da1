/**
 * The invitation on /check/ to add one's caseload to the record: a prefilled e-mail to the editors. The page's
 * script fills the template's {names} with the reader's figures; the reader's own mail program sends it, or not.
 */
import { EDITORS_EMAIL } from "../../lib/site.ts";

/**
 * The body of the prefilled e-mail to the editors, a template with {date}, {council}, {cases} and {fte}: the
 * reader's own mail program sends it, or not; the page sends nothing. Blank answers are for the reader to fill.
 */
export const INVITATION_BODY = [
  "Caseload Check: a caseload for the record",
  "",
  "Date: {date}",
  "Council (optional): {council}",
  "Team type (e.g. assessment, child protection, children in care, disabled children): ",
  "Role (e.g. social worker, senior practitioner, newly qualified): ",
  "Cases I hold: {cases}",
  "My FTE: {fte}",
  "Consent: I agree that Caseload Check may publish these figures without my name, after checking them (yes/no): ",
].join("\n");

/** The mailto: address up to the body, which is appended URL-encoded. */
export const MAILTO = `mailto:${EDITORS_EMAIL}?subject=${encodeURIComponent("My caseload for the record")}&body=`;
