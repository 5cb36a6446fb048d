import { reviewItemRoute } from "@/lib/labeling/routes";

export const POST = reviewItemRoute.handler;
