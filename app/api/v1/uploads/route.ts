import { createUploadRoute } from "@/lib/datasets/routes";

export const POST = createUploadRoute.handler;
