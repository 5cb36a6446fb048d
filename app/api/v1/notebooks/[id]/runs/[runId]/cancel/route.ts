import { cancelNotebookRunRoute } from "@/lib/notebook-runs/routes";

export const POST = cancelNotebookRunRoute.handler;
