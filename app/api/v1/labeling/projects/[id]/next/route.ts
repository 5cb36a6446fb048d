import { claimNextItemRoute } from "@/lib/labeling/routes";

export const POST = claimNextItemRoute.handler;
