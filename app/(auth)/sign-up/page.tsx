import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { hasAnyUser } from "@/lib/teams/has-any-user";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await currentActor()) redirect("/");
  if (await hasAnyUser()) {
    return (
      <AuthCard
        title="Sign-up needs an invite"
        description="This studio already has a team. To join it, open the invite link an owner or admin sent you; it creates your account in their team."
      >
        <ButtonLink href="/sign-in" variant="primary">
          Back to sign in
        </ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Set up your studio"
      description="You are the first person here: this account will own the team, and you can invite everyone else from Team settings."
    >
      <SignUpForm submitLabel="Create account" />
    </AuthCard>
  );
}
