import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export default function StudioNotFound() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<CompassIcon />}
      title="Nothing here"
      description="This page does not exist in your team. It may have been deleted, or the link may be mistyped."
      action={<ButtonLink href="/">Go to your home page</ButtonLink>}
    />
  );
}
