import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { currentActor } from "@/lib/auth/current-actor";
import { hasAnyUser } from "@/lib/teams/has-any-user";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignOutButton } from "@/components/studio/sign-out-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentActor()) redirect("/");
  // Signed in, but removed from every team: say so instead of looping through sign-in.
  if ((await getServerSession(authOptions))?.user?.id) {
    return (
      <AuthCard
        title="You are not in a team"
        description="Your account is no longer a member of any team in this studio. Ask an owner or admin for a new invite link."
      >
        <SignOutButton />
      </AuthCard>
    );
  }
  // A fresh studio has nobody to sign in: its first visitor creates the owner account.
  if (!(await hasAnyUser())) redirect("/sign-up");
  return (
    <AuthCard
      title="Sign in to ML Studio"
      description="Welcome back. Use the email and password of your account."
      footer="New to this studio? Ask an owner or admin of your team for an invite link."
    >
      <SignInForm />
    </AuthCard>
  );
}
