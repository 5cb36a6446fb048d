import { z } from "zod";
import { ZRunRuleSpec } from "@/lib/protocol/sdk-events";

export const ZRunRule = z.object({
  id: z.string(),
  spec: ZRunRuleSpec,
  status: z.enum(["watching", "fired"]),
  firedStep: z.number().nullable(),
  firedAt: z.date().nullable(),
  message: z.string().nullable(),
  createdAt: z.date(),
});
export type TRunRule = z.infer<typeof ZRunRule>;
export const ZRunRules = z.object({ rules: z.array(ZRunRule) });

export const ZAlert = z.object({
  id: z.string(),
  title: z.string(),
  message: z.string(),
  run: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.date(),
});
export type TAlert = z.infer<typeof ZAlert>;

export const ZFindAlertsQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });
export type TFindAlertsQuery = z.infer<typeof ZFindAlertsQuery>;
export const ZAlertPage = z.object({ alerts: z.array(ZAlert), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TAlertPage = z.infer<typeof ZAlertPage>;
