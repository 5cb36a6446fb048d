import { createProjectRoute, listProjectsRoute } from "@/lib/projects/routes";

export const GET = listProjectsRoute.handler;
export const POST = createProjectRoute.handler;
