// Throws unless the actor may act on the resource. A resource of another team answers
// "not found", so that nobody learns what other teams hold.
import { AppError } from "@/lib/errors";
import { can, type TAction, type TActor, type TResource } from "@/lib/permissions";

export function requireActor(actor: TActor | null): TActor {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  return actor;
}

export function authorize(actor: TActor | null, action: TAction, resource: TResource): TActor {
  const signedIn = requireActor(actor);
  if (signedIn.teamId !== resource.teamId) throw new AppError("not_found", "Not found.");
  if (!can(signedIn, action, resource)) throw new AppError("forbidden", "Your role does not allow this.");
  return signedIn;
}

/** For team-wide actions (list, create): the resource is the actor's own team. */
export function authorizeInTeam(actor: TActor | null, action: TAction): TActor {
  const signedIn = requireActor(actor);
  return authorize(signedIn, action, { teamId: signedIn.teamId });
}
