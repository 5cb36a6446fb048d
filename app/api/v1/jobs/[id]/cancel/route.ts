import { cancelJobRoute } from "@/lib/jobs/routes";

export const POST = cancelJobRoute.handler;
