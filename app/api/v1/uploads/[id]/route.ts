import { getUploadRoute, putUploadChunkRoute } from "@/lib/datasets/routes";

export const GET = getUploadRoute.handler;
export const PUT = putUploadChunkRoute.handler;
