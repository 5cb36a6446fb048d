"use client";
import { useEffect, useEffectEvent } from "react";
import { isTypingTarget } from "@/components/labeling/label-hotkeys";

type TKeys = { onSubmit(): void; onSkip(): void; onBack(): void; onUndo(): void; enabled: boolean };

/** The annotator view's own keys, with Ctrl (or ⌘) so that they never clash with label hotkeys. */
export function useAnnotationKeys(keys: TKeys) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.repeat) return;
    const action = event.key === "Enter" ? keys.onSubmit : event.key === " " ? keys.onSkip : event.key === "Backspace" ? keys.onBack : event.key.toLowerCase() === "z" && !isTypingTarget(event.target) ? keys.onUndo : null;
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    if (!keys.enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [keys.enabled]);
}
