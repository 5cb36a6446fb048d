import { getJobRoute } from "@/lib/jobs/routes";

export const GET = getJobRoute.handler;
