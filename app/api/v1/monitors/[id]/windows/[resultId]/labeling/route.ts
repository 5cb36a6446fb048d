import { createLabelingBatchRoute } from "@/lib/monitoring/routes";

export const POST = createLabelingBatchRoute.handler;
