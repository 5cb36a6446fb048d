import { createSweepRoute, listSweepsRoute } from "@/lib/sweeps/routes";

export const GET = listSweepsRoute.handler;
export const POST = createSweepRoute.handler;
