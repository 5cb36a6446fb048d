// The one place that decides who may do what. Every server action, route handler and
// socket event asks can(); permissions.test.ts walks all of them for every role.
import type { Role } from "@prisma/client";

export const ACTIONS = [
  "team.read",
  "team.members.read",
  "team.members.manage",
  "team.invite",
  "project.read",
  "project.create",
  "project.delete",
  "notebook.read",
  "notebook.edit",
  "notebook.run",
  "dataset.read",
  "dataset.edit",
  "labeling.read",
  "labeling.annotate",
  "labeling.manage",
  "run.read",
  "run.create",
  "job.run",
  "model.read",
  "model.manage",
  "endpoint.read",
  "endpoint.manage",
  "endpoint.invoke",
  "monitoring.read",
  // What a monitoring job sends back (its own monitor only: see findMonitorOfJob).
  "monitoring.report",
  "worker.read",
  "worker.manage",
  "token.manage",
] as const;

export type TAction = (typeof ACTIONS)[number];

/** Who is asking: a user acting within one team, with their role there; jobId when through a
 * training job's own token (made for the job's SDK, it may do only what JOB_TOKEN_ACTIONS say). */
export type TActor = { userId: string; teamId: string; role: Role; jobId?: string; isEndpointOnly?: true };

/** What is being acted on: anything that belongs to a team, maybe owned by a user. */
/** jobId: the job a run belongs to (null: none), where the resource is a run. */
export type TResource = { teamId: string; userId?: string; jobId?: string | null };

const READ: TAction[] = [
  "team.read",
  "team.members.read",
  "project.read",
  "notebook.read",
  "dataset.read",
  "labeling.read",
  "run.read",
  "model.read",
  "endpoint.read",
  "monitoring.read",
  "worker.read",
  "token.manage",
];

const SCIENCE: TAction[] = [
  ...READ,
  "project.create",
  "notebook.edit",
  "notebook.run",
  "dataset.edit",
  "labeling.annotate",
  "labeling.manage",
  "run.create",
  "job.run",
  "model.manage",
  "endpoint.manage",
  "endpoint.invoke",
  "monitoring.report",
];

const ADMINISTRATION: TAction[] = [...SCIENCE, "team.members.manage", "team.invite", "project.delete", "worker.manage"];

const GRANTS: Record<Role, ReadonlySet<TAction>> = {
  OWNER: new Set(ADMINISTRATION),
  ADMIN: new Set(ADMINISTRATION),
  MEMBER: new Set(SCIENCE),
  VIEWER: new Set(READ),
  // Annotators label what they are given, and nothing else.
  ANNOTATOR: new Set<TAction>(["team.read", "labeling.read", "labeling.annotate", "token.manage"]),
};

// A job's token is in the job's environment, readable by whatever code the job runs: it logs
// runs and reads what training reads, and nothing else of its creator's powers.
const JOB_TOKEN_ACTIONS = new Set<TAction>(["run.create", "run.read", "project.read", "dataset.read", "monitoring.report"]);

// A token with the endpoints scope is what a client application is given: it calls the
// team's endpoints, and reads nothing else.
const ENDPOINT_TOKEN_ACTIONS = new Set<TAction>(["endpoint.invoke", "endpoint.read"]);

/** Actions whose resource is a user's own (tokens): nobody else's may be touched. */
const OWN_ONLY = new Set<TAction>(["token.manage"]);

export function can(actor: TActor | null | undefined, action: TAction, resource: TResource): boolean {
  if (!actor) return false;
  if (actor.teamId !== resource.teamId) return false;
  if (actor.jobId && !JOB_TOKEN_ACTIONS.has(action)) return false;
  // A job's token writes only its own job's runs: the code a job runs may not steer another's.
  if (actor.jobId && action === "run.create" && resource.jobId !== undefined && resource.jobId !== actor.jobId) return false;
  if (actor.isEndpointOnly && !ENDPOINT_TOKEN_ACTIONS.has(action)) return false;
  if (OWN_ONLY.has(action) && resource.userId !== undefined && resource.userId !== actor.userId) return false;
  return GRANTS[actor.role].has(action);
}

export const ROLES: Role[] = ["OWNER", "ADMIN", "MEMBER", "ANNOTATOR", "VIEWER"];
