"use client";
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { TActionResult } from "@/lib/http/define-action";
import { Button } from "./button";
import { Dialog, DialogActions } from "./dialog";
import { InlineStatus } from "./inline-status";

type TConfirmButtonProps<I> = {
  /** The button's visible text, and the dialog's confirm button. */
  label: string;
  /** Names what the button acts on, for screen readers ("Revoke token ci"). */
  accessibleLabel: string;
  title: string;
  description: ReactNode;
  /** A server action, passed from a server component as is, and its input. */
  action: (input: I) => Promise<TActionResult<unknown>>;
  input: I;
  /** The dialog's button that does nothing ("Cancel" unless that would read as the action). */
  dismissLabel?: string;
};

/** A destructive action that asks first and shows why it failed, if it does. */
export function ConfirmButton<I>({ label, accessibleLabel, title, description, action, input, dismissLabel = "Cancel" }: TConfirmButtonProps<I>) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState("");
  const router = useRouter();

  function open() {
    setError("");
    setIsOpen(true);
  }

  async function confirm() {
    setIsPending(true);
    const result = await action(input);
    setIsPending(false);
    if (!result.ok) return setError(result.error.message);
    setIsOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button variant="danger" size="sm" aria-label={accessibleLabel} onClick={open}>
        {label}
      </Button>
      <Dialog isOpen={isOpen} onClose={() => setIsOpen(false)} title={title} description={description}>
        {error && <InlineStatus tone="error">{error}</InlineStatus>}
        <DialogActions>
          <Button onClick={() => setIsOpen(false)}>{dismissLabel}</Button>
          <Button variant="destructive" isPending={isPending} onClick={confirm}>
            {label}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
