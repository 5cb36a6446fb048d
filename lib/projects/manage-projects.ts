import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, authorizeInTeam, requireActor } from "@/lib/auth/authorize";
import { TEAM_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import type { TActor } from "@/lib/permissions";
import type { TCreateProject } from "./schemas";
import { slugify } from "./slugify";

const PROJECT_FIELDS = { id: true, name: true, slug: true, description: true, createdAt: true } as const;

export async function findProjects(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "project.read");
  return db.project.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, select: PROJECT_FIELDS });
}

/** By id or slug, within the actor's team only. */
export async function findProject(actor: TActor | null, idOrSlug: string) {
  const { teamId } = authorizeInTeam(actor, "project.read");
  const project = await db.project.findFirst({
    where: { teamId, OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: PROJECT_FIELDS,
  });
  if (!project) throw new AppError("not_found", "This project does not exist in your team.");
  return project;
}

export async function createProject(actor: TActor | null, input: TCreateProject) {
  const { teamId } = authorizeInTeam(actor, "project.create");
  try {
    const project = await db.project.create({
      data: { teamId, name: input.name, description: input.description, slug: slugify(input.name) },
      select: PROJECT_FIELDS,
    });
    publishToRoom(teamId, TEAM_ROOM, "project:created", { id: project.id, name: project.name, slug: project.slug });
    return project;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "A project with this name already exists.", { name: ["Choose another name."] });
    }
    throw error;
  }
}

export async function deleteProject(actor: TActor | null, projectId: string) {
  const { teamId } = requireActor(actor);
  const project = await db.project.findFirst({ where: { id: projectId, teamId } });
  if (!project) throw new AppError("not_found", "This project does not exist in your team.");
  authorize(actor, "project.delete", project);
  await db.project.delete({ where: { id: project.id } });
  return { id: project.id };
}
