import { getSweepRoute } from "@/lib/sweeps/routes";

export const GET = getSweepRoute.handler;
