import { createNotebookRoute, listNotebooksRoute } from "@/lib/notebooks/routes";

export const GET = listNotebooksRoute.handler;
export const POST = createNotebookRoute.handler;
