import { deleteProjectRoute, getProjectRoute } from "@/lib/projects/routes";

export const GET = getProjectRoute.handler;
export const DELETE = deleteProjectRoute.handler;
