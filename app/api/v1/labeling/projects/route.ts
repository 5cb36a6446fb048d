import { createLabelingProjectRoute, listLabelingProjectsRoute } from "@/lib/labeling/routes";

export const GET = listLabelingProjectsRoute.handler;
export const POST = createLabelingProjectRoute.handler;
