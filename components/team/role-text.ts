import type { Role } from "@prisma/client";

export const ROLE_LABEL: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MEMBER: "Member",
  ANNOTATOR: "Annotator",
  VIEWER: "Viewer",
};

/** What each role may do, to follow "you" or the role's plural ("Viewers can see…"). */
export const ROLE_ABILITY: Record<Role, string> = {
  OWNER: "can do everything, including managing other owners.",
  ADMIN: "can manage members, invites and workers, and do all project work.",
  MEMBER: "can create projects, run notebooks and experiments, and deploy models.",
  ANNOTATOR: "can label assigned data, and see nothing else.",
  VIEWER: "can see every project and result, but change nothing.",
};
