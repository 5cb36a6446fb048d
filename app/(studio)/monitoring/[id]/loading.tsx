import { PageSkeleton } from "@/components/ui/skeleton";

export default function MonitorLoading() {
  return <PageSkeleton rows={6} />;
}
