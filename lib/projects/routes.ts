import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { ZCreateProject, ZProject } from "./schemas";
import { createProject, deleteProject, findProject, findProjects } from "./manage-projects";

const ZProjectParams = z.object({ id: z.string().min(1).max(64) });

export const listProjectsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/projects",
  summary: "List the projects of your team",
  tag: "Projects",
  response: z.object({ projects: z.array(ZProject) }),
  run: async (actor) => ({ projects: await findProjects(actor) }),
});

export const createProjectRoute = defineRoute({
  method: "POST",
  path: "/api/v1/projects",
  summary: "Create a project",
  tag: "Projects",
  body: ZCreateProject,
  response: ZProject,
  run: (actor, { body }) => createProject(actor, body),
});

export const getProjectRoute = defineRoute({
  method: "GET",
  path: "/api/v1/projects/{id}",
  summary: "Get a project by id or slug",
  tag: "Projects",
  params: ZProjectParams,
  response: ZProject,
  run: (actor, { params }) => findProject(actor, params.id),
});

export const deleteProjectRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/projects/{id}",
  summary: "Delete a project",
  tag: "Projects",
  params: ZProjectParams,
  response: z.object({ id: z.string() }),
  run: (actor, { params }) => deleteProject(actor, params.id),
});
