import { addCellRoute } from "@/lib/notebooks/routes";

export const POST = addCellRoute.handler;
