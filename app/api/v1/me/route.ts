import { getMeRoute } from "@/lib/teams/routes";

export const GET = getMeRoute.handler;
