import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ROLES, can } from "@/lib/permissions";
import { findOpenInvites } from "@/lib/teams/manage-invites";
import { findMembers } from "@/lib/teams/manage-members";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { OpenInvitesTable } from "@/components/team/open-invites-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage() {
  const actor = await requirePageActor("team.members.read");
  const team = { teamId: actor.teamId };
  const canManage = can(actor, "team.members.manage", team);
  const canInvite = can(actor, "team.invite", team);
  const [members, invites] = await Promise.all([findMembers(actor), canInvite ? findOpenInvites(actor) : null]);
  return (
    <>
      <PageHeader title="Team settings" description="Who is in your team, and what each person's role lets them do." />
      <div className={styles.stack}>
        {canInvite && (
          <Card title="Invite people" description="Create a link and send it yourself. Whoever opens it creates an account in this team.">
            <InviteForm roles={ROLES.filter((role) => role !== "OWNER" || actor.role === "OWNER")} />
          </Card>
        )}
        <Card title="Members" description={`${members.length} ${members.length === 1 ? "person" : "people"}`} isFlush>
          <MembersTable actor={actor} members={members} canManage={canManage} />
        </Card>
        {invites && (
          <Card title="Open invites" description="Links that can still be used." isFlush>
            <OpenInvitesTable invites={invites} />
          </Card>
        )}
      </div>
    </>
  );
}
