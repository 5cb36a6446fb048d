import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { checkHealth } from "./health";

export const healthRoute = defineRoute({
  method: "GET",
  path: "/api/health",
  summary: "Database reachable, migrations current, workers connected",
  tag: "Studio",
  isPublic: true,
  response: z.object({
    ok: z.boolean(),
    database: z.object({ ok: z.boolean(), error: z.string().optional() }),
    migrations: z.object({ current: z.boolean(), pending: z.array(z.string()) }),
    workers: z.object({ connected: z.number().int() }),
  }),
  run: checkHealth,
});
