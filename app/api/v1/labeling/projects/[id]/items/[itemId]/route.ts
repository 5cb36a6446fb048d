import { getOwnItemRoute } from "@/lib/labeling/routes";

export const GET = getOwnItemRoute.handler;
