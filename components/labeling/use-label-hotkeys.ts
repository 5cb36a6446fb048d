"use client";
import { useEffect, useEffectEvent } from "react";
import type { TLabel } from "@/lib/labeling/results";
import { hasCommandModifier, isTypingTarget, labelForHotkey } from "./label-hotkeys";

/**
 * Calls onLabel with a label's name when its hotkey is pressed anywhere on the page. Keys typed
 * into fields, browser shortcuts (Ctrl, Meta, Alt), held-down repeats and keys a widget already
 * handled (the box annotator relabelling its selected box calls preventDefault) are left alone.
 */
export function useLabelHotkeys(labels: readonly TLabel[], onLabel: (name: string) => void, enabled: boolean) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || event.isComposing || hasCommandModifier(event)) return;
    if (isTypingTarget(event.target)) return;
    const label = labelForHotkey(labels, event.key);
    if (!label) return;
    event.preventDefault();
    onLabel(label.name);
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [enabled]);
}
