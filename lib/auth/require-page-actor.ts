// For pages: who is asking, or off to sign-in; and a 403 for roles the page is not for.
// Called in a layout or a page above any loading boundary, so the status is still unsent.
import { forbidden, redirect } from "next/navigation";
import { can, type TAction } from "@/lib/permissions";
import { currentActor } from "./current-actor";

export async function requirePageActor(action?: TAction) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (action && !can(actor, action, { teamId: actor.teamId })) forbidden();
  return actor;
}
