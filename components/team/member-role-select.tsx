"use client";
import { useOptimistic, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Role } from "@prisma/client";
import { changeMemberRoleAction } from "@/lib/teams/actions";
import { Select } from "@/components/ui/select";
import { ROLE_LABEL } from "./role-text";
import styles from "./members.module.css";

type TMemberRoleSelectProps = { membershipId: string; memberName: string; role: Role; roles: Role[] };

/**
 * Changes a member's role as soon as another is picked. The pick shows at once and stays
 * if the server agrees; if it refuses (the last owner), the old role returns with the reason.
 */
export function MemberRoleSelect({ membershipId, memberName, role, roles }: TMemberRoleSelectProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [shownRole, showRole] = useOptimistic(role);
  const [error, setError] = useState("");

  function change(next: Role) {
    startTransition(async () => {
      showRole(next);
      const result = await changeMemberRoleAction({ membershipId, role: next });
      if (!result.ok) return setError(result.error.message);
      setError("");
      router.refresh();
    });
  }

  return (
    <div className={styles.roleCell}>
      <Select
        size="sm"
        aria-label={`Role of ${memberName}`}
        value={shownRole}
        aria-busy={isPending || undefined}
        onChange={(event) => change(event.target.value as Role)}
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABEL[option]}
          </option>
        ))}
      </Select>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
