import { downloadLabelingExportRoute } from "@/lib/labeling/routes";

export const GET = downloadLabelingExportRoute.handler;
