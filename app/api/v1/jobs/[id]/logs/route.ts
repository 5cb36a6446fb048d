import { getJobLogsRoute } from "@/lib/jobs/routes";

export const GET = getJobLogsRoute.handler;
