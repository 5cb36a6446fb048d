import { submitAnnotationRoute } from "@/lib/labeling/routes";

export const POST = submitAnnotationRoute.handler;
