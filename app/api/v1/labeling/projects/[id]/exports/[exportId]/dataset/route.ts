import { saveExportAsDatasetRoute } from "@/lib/labeling/routes";

export const POST = saveExportAsDatasetRoute.handler;
