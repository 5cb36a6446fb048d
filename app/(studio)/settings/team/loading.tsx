import { PageSkeleton } from "@/components/ui/skeleton";

export default function TeamSettingsLoading() {
  return <PageSkeleton rows={3} />;
}
