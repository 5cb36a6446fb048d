import { downloadRunArtifactRoute } from "@/lib/runs/download-routes";

export const GET = downloadRunArtifactRoute.handler;
