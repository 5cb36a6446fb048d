import { PageSkeleton } from "@/components/ui/skeleton";

export default function CompareRunsLoading() {
  return <PageSkeleton rows={6} />;
}
