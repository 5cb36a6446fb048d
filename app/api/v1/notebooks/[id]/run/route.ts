import { startNotebookRunRoute } from "@/lib/notebook-runs/routes";

export const POST = startNotebookRunRoute.handler;
