"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { signUpAction } from "@/lib/teams/actions";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import formStyles from "@/components/forms/form.module.css";
import styles from "./auth.module.css";

type TSignUpFormProps = {
  /** From an invite link: the new account joins the inviting team. */
  inviteToken?: string;
  /** An invite addressed to one email fixes it. */
  invitedEmail?: string | null;
  submitLabel: string;
};

export function SignUpForm({ inviteToken, invitedEmail, submitLabel }: TSignUpFormProps) {
  const router = useRouter();
  const signUp = useServerAction(signUpAction);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { email, password, ...rest } = readForm(event.currentTarget);
    signUp.run({ ...rest, email, password, inviteToken }, async () => {
      const signedIn = await signIn("credentials", { email, password, redirect: false });
      // Home sends each role to its first page: projects, or labeling for annotators.
      router.replace(signedIn?.ok ? "/" : "/sign-in");
    });
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      {signUp.formError && <InlineStatus tone="error">{signUp.formError}</InlineStatus>}
      <Field label="Your name" error={signUp.fieldErrors.name}>
        {(control) => <Input {...control} name="name" autoComplete="name" autoFocus />}
      </Field>
      <Field label="Email" error={signUp.fieldErrors.email}>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={invitedEmail ?? undefined}
            readOnly={Boolean(invitedEmail)}
          />
        )}
      </Field>
      <Field label="Password" hint="At least 10 characters." error={signUp.fieldErrors.password}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" variant="primary" className={styles.submit} isPending={signUp.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
