/** Site-wide constants: the one place names, licences and the data release live. */

/** The site's name as shown in headers, cards and embeds. */
export const SITE_NAME = "Caseload Check";

/** One-line description used in metadata and cards. */
export const SITE_DESCRIPTION =
  "Official children's social worker caseloads, Ofsted grades, reported figures and practitioners' testimony, council by council in England.";

/**
 * The data release every embed, download and card names. Bump it (and add a /corrections/ entry) whenever the
 * tables in data/ change, so an embedded chart always says which numbers it shows.
 */
export const DATA_RELEASE = "2026-11 (DfE workforce 2025; Ofsted outcomes to 31 March 2025)";

/** A licence the site attributes. */
export interface Licence {
  /** Short name, e.g. "OGL v3". */
  name: string;
  /** Where the licence text lives. */
  url: string;
  /** The attribution sentence the licence asks for. */
  attribution: string;
}

/** Every licence under which the site republishes data. */
export const LICENCES = {
  ogl: {
    name: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
  },
  ons: {
    name: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    attribution:
      "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023.",
  },
  parliament: {
    name: "Open Parliament Licence v3.0",
    url: "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
    attribution: "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
  },
  mit: {
    name: "MIT Licence",
    url: "https://opensource.org/license/mit",
    attribution: "Hex layout © Open Innovations, MIT Licence.",
  },
  quoted: {
    name: "Quoted for criticism and review",
    url: "https://www.gov.uk/guidance/exceptions-to-copyright",
    attribution: "Short passages quoted with attribution for criticism, review and news reporting.",
  },
} as const satisfies Record<string, Licence>;

/** Key of LICENCES. */
export type LicenceId = keyof typeof LICENCES;

/** Where readers send caseload figures for the record (a prefilled e-mail on /check/; the page sends nothing). */
export const EDITORS_EMAIL = "editors@caseloadcheck.org.uk";
