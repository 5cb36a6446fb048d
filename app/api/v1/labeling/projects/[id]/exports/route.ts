import { listLabelingExportsRoute, startLabelingExportRoute } from "@/lib/labeling/routes";

export const GET = listLabelingExportsRoute.handler;
export const POST = startLabelingExportRoute.handler;
