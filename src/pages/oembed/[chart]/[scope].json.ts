import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";
import { oembedDocument } from "../../../lib/embed.ts";
import { embedHeights } from "../../../lib/embedSize.ts";

export const getStaticPaths = chartRoutes;

/** The chart's oEmbed document (oembedPath): type "rich", the embed snippet, and the social card as thumbnail. */
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) =>
  new Response(
    JSON.stringify(
      oembedDocument(props.spec, site ?? "https://caseloadcheck.org.uk", embedHeights(props.spec)),
      null,
      2,
    ),
    {
      headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
    },
  );
