import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LockIcon } from "@/components/ui/icons";

export default function StudioForbidden() {
  return (
    <EmptyState
      headingLevel={1}
      icon={<LockIcon />}
      title="Your role cannot open this page"
      description="Ask an owner or admin of your team if you need access. The pages your role can use are in the sidebar."
      action={<ButtonLink href="/">Go to your home page</ButtonLink>}
    />
  );
}
