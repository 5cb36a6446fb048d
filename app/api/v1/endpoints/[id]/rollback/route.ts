import { rollBackDeploymentRoute } from "@/lib/endpoints/routes";

export const POST = rollBackDeploymentRoute.handler;
