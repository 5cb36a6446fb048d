import { useState } from "react";

/**
 * The index of the shown step: the pinned step where it is still logged, else the latest.
 * Null pins nothing, so the latest is followed as new steps arrive.
 */
export function resolveStepIndex(steps: readonly number[], pinnedStep: number | null): number {
  const pinnedIndex = pinnedStep === null ? -1 : steps.indexOf(pinnedStep);
  return pinnedIndex === -1 ? steps.length - 1 : pinnedIndex;
}

/**
 * Which logged step a step slider shows: the latest, following new ones as they arrive,
 * until the user picks an earlier one, which then stays until they move back to the end.
 */
export function useStepSelection(steps: readonly number[]) {
  const [pinnedStep, setPinnedStep] = useState<number | null>(null);
  const index = resolveStepIndex(steps, pinnedStep);
  const select = (next: number) => setPinnedStep(next >= steps.length - 1 ? null : steps[next]);
  return { index, select, isLatest: index === steps.length - 1 };
}
