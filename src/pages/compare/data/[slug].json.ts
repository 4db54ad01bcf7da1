/** /compare/data/<slug>.json: one council's comparison data, for the compare page's script. */
import type { APIRoute } from "astro";
import { allCouncils, type Council } from "../../../lib/data/councils.ts";
import { compareCouncil } from "../../../lib/compare/data.ts";

export function getStaticPaths(): { params: { slug: string }; props: { council: Council } }[] {
  return allCouncils().map((council) => ({ params: { slug: council.slug }, props: { council } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(compareCouncil((props as { council: Council }).council)), {
    headers: { "Content-Type": "application/json" },
  });
