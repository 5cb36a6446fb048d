import { addRunRuleRoute, listRunRulesRoute } from "@/lib/rules/routes";

export const GET = listRunRulesRoute.handler;
export const POST = addRunRuleRoute.handler;
