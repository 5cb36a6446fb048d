"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { Role } from "@prisma/client";
import { createInviteAction } from "@/lib/teams/actions";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import formStyles from "@/components/forms/form.module.css";
import { ROLE_ABILITY, ROLE_LABEL } from "./role-text";

type TCreatedInvite = { link: string; role: Role; email: string | null };

export function InviteForm({ roles }: { roles: Role[] }) {
  const router = useRouter();
  const invite = useServerAction(createInviteAction);
  const [role, setRole] = useState<Role>("MEMBER");
  const [created, setCreated] = useState<TCreatedInvite | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    invite.run(readForm(form), (data) => {
      // The token comes back only now; the studio keeps just its hash.
      setCreated({ link: `${window.location.origin}/invite/${data.token}`, role: data.role, email: data.email });
      form.reset();
      setRole("MEMBER");
      router.refresh();
    });
  }

  return (
    <div className={formStyles.form}>
      <form className={formStyles.form} onSubmit={submit} noValidate>
        {invite.formError && <InlineStatus tone="error">{invite.formError}</InlineStatus>}
        <div className={formStyles.row}>
          <Field label="Role" hint={`${ROLE_LABEL[role]}s ${ROLE_ABILITY[role]}`} error={invite.fieldErrors.role}>
            {(control) => (
              <Select {...control} name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {ROLE_LABEL[option]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Email (optional)" hint="Only this address can accept the invite." error={invite.fieldErrors.email}>
            {(control) => <Input {...control} name="email" type="email" placeholder="name@example.com" />}
          </Field>
        </div>
        <div className={formStyles.actions}>
          <Button type="submit" variant="primary" isPending={invite.isPending}>
            Create invite link
          </Button>
        </div>
      </form>
      {created && (
        <InlineStatus tone="success">
          <span>
            Invite link for {created.email ?? "anyone with the link"} as <strong>{ROLE_LABEL[created.role]}</strong>. Send it
            yourself; it is shown only once and works for 7 days.
          </span>
          <CopyField label="Invite link" value={created.link} />
        </InlineStatus>
      )}
    </div>
  );
}
