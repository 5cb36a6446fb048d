"use client";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";

// The server logs the real error; the page shows only its digest, to quote in a report.
export default function StudioError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <EmptyState
      headingLevel={1}
      icon={<AlertIcon />}
      title="Something went wrong"
      description={`This page could not be shown. Try again; if it keeps failing, tell your studio's administrator${digest ? ` and quote reference ${digest}` : ""}.`}
      action={
        <Button variant="primary" onClick={retry}>
          Try again
        </Button>
      }
    />
  );
}
