import { createJobRoute, listJobsRoute } from "@/lib/jobs/routes";

export const GET = listJobsRoute.handler;
export const POST = createJobRoute.handler;
