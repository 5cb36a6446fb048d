import { requirePageActor } from "@/lib/auth/require-page-actor";

// Above the page's loading boundary, so that a refused role gets a real 403.
export default async function TeamSettingsLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("team.members.read");
  return children;
}
