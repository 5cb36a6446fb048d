"use client";
import { useState, type ReactNode } from "react";
import { readForm } from "@/components/forms/form-data";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { InlineStatus } from "@/components/ui/inline-status";
import formStyles from "@/components/forms/form.module.css";

type TFormDialogButtonProps = {
  /** The button's visible text. */
  label: string;
  /** Names what the button acts on, for screen readers ("Deploy version 3"). */
  accessibleLabel: string;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  /** "destructive" for a confirmation (delete), "primary" otherwise. */
  submitVariant?: "primary" | "destructive";
  triggerVariant?: "secondary" | "danger";
  isPending: boolean;
  /** The error of the last try, as useServerAction gives it; fields show their own. */
  formError: string | null;
  onOpen?: () => void;
  /** The form's fields by name; `close` once it worked (a page that moves on needs not). */
  onSubmit: (values: Record<string, string>, close: () => void) => void;
  /** The fields; none for a plain confirmation. */
  children?: ReactNode;
};

/** A small button that opens a dialog with a form: the fields, the error, Cancel and submit. */
export function FormDialogButton(props: TFormDialogButtonProps) {
  const { label, accessibleLabel, title, description, submitLabel, submitVariant = "primary", triggerVariant = "secondary", isPending, formError, onOpen, onSubmit, children } = props;
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  return (
    <>
      <Button
        size="sm"
        variant={triggerVariant}
        aria-label={accessibleLabel}
        onClick={() => {
          onOpen?.();
          setIsOpen(true);
        }}
      >
        {label}
      </Button>
      <Dialog isOpen={isOpen} onClose={close} title={title} description={description}>
        <form
          className={formStyles.form}
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(readForm(event.currentTarget), close);
          }}
        >
          {formError && <InlineStatus tone="error">{formError}</InlineStatus>}
          {children}
          <DialogActions>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant={submitVariant} isPending={isPending}>
              {submitLabel}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
