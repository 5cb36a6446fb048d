import { setModelVersionStatusRoute } from "@/lib/models/routes";

export const PATCH = setModelVersionStatusRoute.handler;
