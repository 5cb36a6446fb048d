import { deleteNotebookRoute, getNotebookRoute, updateNotebookRoute } from "@/lib/notebooks/routes";

export const GET = getNotebookRoute.handler;
export const PATCH = updateNotebookRoute.handler;
export const DELETE = deleteNotebookRoute.handler;
