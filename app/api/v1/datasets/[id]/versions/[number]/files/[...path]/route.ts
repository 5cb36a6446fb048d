import { downloadDatasetFileRoute } from "@/lib/datasets/routes";

export const GET = downloadDatasetFileRoute.handler;
