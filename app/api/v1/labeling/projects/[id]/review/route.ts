import { listReviewItemsRoute } from "@/lib/labeling/routes";

export const GET = listReviewItemsRoute.handler;
