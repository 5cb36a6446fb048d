import { importLabelStudioTasksRoute } from "@/lib/labeling/routes";

export const POST = importLabelStudioTasksRoute.handler;
