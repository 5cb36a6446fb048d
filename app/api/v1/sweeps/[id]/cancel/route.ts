import { cancelSweepRoute } from "@/lib/sweeps/routes";

export const POST = cancelSweepRoute.handler;
