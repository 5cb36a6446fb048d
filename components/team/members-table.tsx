import type { Role } from "@prisma/client";
import { removeMemberAction } from "@/lib/teams/actions";
import { ROLES, type TActor } from "@/lib/permissions";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { MemberRoleSelect } from "./member-role-select";
import { ROLE_LABEL } from "./role-text";
import styles from "./members.module.css";

type TMember = { id: string; role: Role; createdAt: Date; user: { id: string; name: string; email: string } };

/** Only owners touch owners; nobody changes their own role here, so nobody locks themselves out. */
function isManageable(actor: TActor, member: TMember) {
  return member.user.id !== actor.userId && (member.role !== "OWNER" || actor.role === "OWNER");
}

export function MembersTable({ actor, members, canManage }: { actor: TActor; members: TMember[]; canManage: boolean }) {
  const assignable = ROLES.filter((role) => role !== "OWNER" || actor.role === "OWNER");
  return (
    <Table label="Members">
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Role</th>
          <th scope="col">Joined</th>
          {canManage && (
            <th scope="col" data-align="end">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const isEditable = canManage && isManageable(actor, member);
          return (
            <tr key={member.id}>
              <td>
                <div className={styles.person}>
                  <span className={styles.name}>
                    {member.user.name}
                    {member.user.id === actor.userId && <Badge>You</Badge>}
                  </span>
                  <span className={styles.email}>{member.user.email}</span>
                </div>
              </td>
              <td>
                {isEditable ? (
                  <MemberRoleSelect membershipId={member.id} memberName={member.user.name} role={member.role} roles={assignable} />
                ) : (
                  <Badge tone={member.role === "OWNER" ? "accent" : "neutral"}>{ROLE_LABEL[member.role]}</Badge>
                )}
              </td>
              <td data-muted>{formatDate(member.createdAt)}</td>
              {canManage && (
                <td data-align="end">
                  {isEditable && (
                    <ConfirmButton
                      label="Remove"
                      accessibleLabel={`Remove ${member.user.name}`}
                      title={`Remove ${member.user.name} from the team?`}
                      description="They lose access to every project at once. Their account stays; invite them again to bring them back."
                      action={removeMemberAction}
                      input={{ membershipId: member.id }}
                    />
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
