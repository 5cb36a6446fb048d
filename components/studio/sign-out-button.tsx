"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      size="sm"
      isPending={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
    >
      Sign out
    </Button>
  );
}
