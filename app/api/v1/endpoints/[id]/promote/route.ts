import { promoteDeploymentRoute } from "@/lib/endpoints/routes";

export const POST = promoteDeploymentRoute.handler;
