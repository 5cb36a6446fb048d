import { getNotebookRunRoute } from "@/lib/notebook-runs/routes";

export const GET = getNotebookRunRoute.handler;
