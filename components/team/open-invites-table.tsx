import type { Role } from "@prisma/client";
import { revokeInviteAction } from "@/lib/teams/actions";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { ROLE_LABEL } from "./role-text";
import styles from "./members.module.css";

type TInvite = { id: string; role: Role; email: string | null; createdAt: Date; expiresAt: Date };

export function OpenInvitesTable({ invites }: { invites: TInvite[] }) {
  if (invites.length === 0) {
    return <p className={styles.none}>No open invites. Links you create above stay listed here until they are used, revoked or expire.</p>;
  }
  return (
    <Table label="Open invites">
      <thead>
        <tr>
          <th scope="col">For</th>
          <th scope="col">Role</th>
          <th scope="col">Created</th>
          <th scope="col">Expires</th>
          <th scope="col" data-align="end">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invites.map((invite) => {
          const who = invite.email ?? "Anyone with the link";
          return (
            <tr key={invite.id}>
              <td>{who}</td>
              <td>
                <Badge>{ROLE_LABEL[invite.role]}</Badge>
              </td>
              <td data-muted>{formatDate(invite.createdAt)}</td>
              <td data-muted>{formatDate(invite.expiresAt)}</td>
              <td data-align="end">
                <ConfirmButton
                  label="Revoke"
                  accessibleLabel={`Revoke invite for ${who} as ${ROLE_LABEL[invite.role]}`}
                  title="Revoke this invite?"
                  description="The link stops working at once. Nobody who already joined through it is removed."
                  action={revokeInviteAction}
                  input={{ inviteId: invite.id }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
