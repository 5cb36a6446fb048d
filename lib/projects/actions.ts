"use server";
import { defineAction } from "@/lib/http/define-action";
import { ZCreateProject, ZDeleteProject } from "./schemas";
import { createProject, deleteProject } from "./manage-projects";

export const createProjectAction = defineAction({ input: ZCreateProject, run: createProject });

export const deleteProjectAction = defineAction({
  input: ZDeleteProject,
  run: (actor, input) => deleteProject(actor, input.projectId),
});
