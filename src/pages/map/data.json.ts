/** Per-year caseloads and grades for the map page's script to recolour the maps from (one small static file). */
import type { APIRoute } from "astro";
import { mapData } from "../../lib/council/map.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(mapData()), { headers: { "Content-Type": "application/json" } });
