import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/permissions";

// Annotators cannot see projects: their home is their labeling work.
export default async function Home() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  redirect(can(actor, "project.read", { teamId: actor.teamId }) ? "/projects" : "/data");
}
