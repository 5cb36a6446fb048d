import { exportNotebookRoute } from "@/lib/notebooks/routes";

export const GET = exportNotebookRoute.handler;
