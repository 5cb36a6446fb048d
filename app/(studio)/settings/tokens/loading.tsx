import { PageSkeleton } from "@/components/ui/skeleton";

export default function TokensLoading() {
  return <PageSkeleton rows={3} />;
}
