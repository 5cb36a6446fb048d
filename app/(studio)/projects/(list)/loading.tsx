import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group so that it wraps the list only: a missing project's 404 stays a 404.
export default function ProjectsLoading() {
  return <PageSkeleton />;
}
