import { requirePageActor } from "@/lib/auth/require-page-actor";

// The role check runs here, above the list's loading boundary, so that a refused role
// gets a real 403 before any of the page streams.
export default async function ProjectsLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("project.read");
  return children;
}
