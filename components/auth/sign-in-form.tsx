"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { z } from "zod";
import { ZSignIn } from "@/lib/auth/schemas";
import type { TFieldErrors } from "@/lib/errors";
import { readForm } from "@/components/forms/form-data";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import formStyles from "@/components/forms/form.module.css";
import styles from "./auth.module.css";

export function SignInForm() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [error, setError] = useState("");
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    // The server parses with the same schema; checking here first spares a round trip.
    const parsed = ZSignIn.safeParse(readForm(event.currentTarget));
    setFieldErrors(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors);
    if (!parsed.success) return;
    setIsPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result?.ok) {
      setIsPending(false);
      return setError(result?.error ?? "Sign-in failed. Try again.");
    }
    router.replace("/");
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      {error && <InlineStatus tone="error">{error}</InlineStatus>}
      <Field label="Email" error={fieldErrors.email}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" autoFocus />}
      </Field>
      <Field label="Password" error={fieldErrors.password}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" variant="primary" className={styles.submit} isPending={isPending}>
        Sign in
      </Button>
    </form>
  );
}
