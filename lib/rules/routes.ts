import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { ZRunRuleSpec } from "@/lib/protocol/sdk-events";
import { ZRunParams } from "@/lib/runs/schemas";
import { addRunRule } from "./add-run-rule";
import { findAlerts } from "./find-alerts";
import { findRunRules } from "./find-run-rules";
import { ZAlertPage, ZFindAlertsQuery, ZRunRules } from "./schemas";

export const listRunRulesRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/rules",
  summary: "The run's rules (NaN, not improving, below or above a threshold), and what fired",
  tag: "Runs",
  params: ZRunParams,
  response: ZRunRules,
  run: (actor, { params }) => findRunRules(actor, params.id),
});

export const addRunRuleRoute = defineRoute({
  method: "POST",
  path: "/api/v1/runs/{id}/rules",
  summary: "Add a rule to a running run: its metric is checked as points arrive; a fired rule raises an alert, and stops the run if stop is true",
  tag: "Runs",
  params: ZRunParams,
  body: ZRunRuleSpec,
  response: z.object({ id: z.string() }),
  run: (actor, { params, body }) => addRunRule(actor, params.id, body),
});

export const listAlertsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/alerts",
  summary: "The team's alerts (fired run rules), newest first, 50 a page",
  tag: "Alerts",
  query: ZFindAlertsQuery,
  response: ZAlertPage,
  run: (actor, { query }) => findAlerts(actor, query),
});
