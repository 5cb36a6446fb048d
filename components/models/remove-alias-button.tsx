"use client";
import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/forms/use-server-action";
import { sendJson } from "./send-json";
import styles from "./models.module.css";

/** The × on an alias badge: the alias goes; the version stays as it is. */
export function RemoveAliasButton({ modelId, alias }: { modelId: string; alias: string }) {
  const router = useRouter();
  const remove = useServerAction(() => sendJson("DELETE", `/api/v1/models/${encodeURIComponent(modelId)}/aliases/${encodeURIComponent(alias)}`));
  return (
    <>
      <button
        type="button"
        className={styles.removeAlias}
        aria-label={`Remove alias ${alias}`}
        aria-busy={remove.isPending || undefined}
        disabled={remove.isPending}
        onClick={() => remove.run(undefined, () => router.refresh())}
      >
        <span aria-hidden="true">×</span>
      </button>
      {remove.formError && (
        <span className={styles.error} role="alert">
          {remove.formError}
        </span>
      )}
    </>
  );
}
