import { getLabelingProjectRoute, updateLabelingProjectRoute } from "@/lib/labeling/routes";

export const GET = getLabelingProjectRoute.handler;
export const PATCH = updateLabelingProjectRoute.handler;
