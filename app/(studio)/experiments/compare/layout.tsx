import { requirePageActor } from "@/lib/auth/require-page-actor";

// Above the page's loading boundary, so that a refused role gets a real 403.
export default async function CompareRunsLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("run.read");
  return children;
}
