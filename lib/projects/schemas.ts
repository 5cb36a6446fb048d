import { z } from "zod";

export const ZCreateProject = z.object({
  name: z.string().trim().min(1, "Enter a project name.").max(80),
  description: z.string().trim().max(500).default(""),
});
export type TCreateProject = z.infer<typeof ZCreateProject>;

export const ZProject = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  createdAt: z.date(),
});
export type TProject = z.infer<typeof ZProject>;

export const ZDeleteProject = z.object({ projectId: z.string().min(1).max(64) });
