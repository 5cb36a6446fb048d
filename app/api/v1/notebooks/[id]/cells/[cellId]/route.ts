import { deleteCellRoute, updateCellRoute } from "@/lib/notebooks/routes";

export const PATCH = updateCellRoute.handler;
export const DELETE = deleteCellRoute.handler;
