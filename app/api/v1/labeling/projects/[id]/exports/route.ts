import { startLabelingExportRoute } from "@/lib/labeling/routes";

export const POST = startLabelingExportRoute.handler;
