import { importNotebookRoute } from "@/lib/notebooks/routes";

export const POST = importNotebookRoute.handler;
