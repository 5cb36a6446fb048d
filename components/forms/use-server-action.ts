import { useState, useTransition } from "react";
import type { TErrorBody } from "@/lib/errors";
import type { TActionResult } from "@/lib/http/define-action";

/**
 * Calls a server action from a form: pending while it (and whatever onSuccess starts,
 * such as a router refresh) runs; the error, with its field errors, once it fails.
 */
export function useServerAction<I, O>(action: (input: I) => Promise<TActionResult<O>>) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<TErrorBody | null>(null);

  function run(input: I, onSuccess?: (data: O) => void | Promise<void>) {
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) return setError(result.error);
      setError(null);
      await onSuccess?.(result.data);
    });
  }

  const fieldErrors = error?.fieldErrors ?? {};
  // Bad input is explained beside each field; a summary above them would only repeat it.
  const isExplainedByFields = error?.code === "bad_input" && Object.keys(fieldErrors).length > 0;
  const formError = error && !isExplainedByFields ? error.message : null;

  return { run, isPending, formError, fieldErrors, clearError: () => setError(null) };
}
