import type { Metadata } from "next";
import { findOpenInvite } from "@/lib/teams/find-open-invite";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ROLE_ABILITY, ROLE_LABEL } from "@/components/team/role-text";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Join a team" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findOpenInvite(token);
  if (!invite) {
    return (
      <AuthCard
        title="This invite link does not work"
        description="It is invalid, was already used, was revoked, or has expired (links last 7 days). Ask an owner or admin of your team for a new one."
      >
        <ButtonLink href="/sign-in">Go to sign in</ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={`Join ${invite.team.name}`}
      description={
        <>
          You are invited as <strong>{ROLE_LABEL[invite.role]}</strong>: you {ROLE_ABILITY[invite.role]} Create your
          account to accept.
        </>
      }
    >
      <SignUpForm inviteToken={token} invitedEmail={invite.email} submitLabel="Create account and join" />
    </AuthCard>
  );
}
