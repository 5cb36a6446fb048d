import type { Role } from "@prisma/client";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LockIcon } from "@/components/ui/icons";

/** What a viewer sees on a page that starts sweeps or AutoML: why not, and where to watch. */
export function MayNotStartSweeps({ role, what }: { role: Role; what: string }) {
  return (
    <EmptyState
      icon={<LockIcon />}
      title={`Your role may watch ${what} but not start one`}
      description={`As a ${role.toLowerCase()} of this team you see every sweep and its trials. A member, admin or owner can start one.`}
      action={<ButtonLink href="/experiments/sweeps">See the sweeps</ButtonLink>}
    />
  );
}
