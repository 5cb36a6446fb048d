"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import type { TLabel, TLabelingTemplate, TResult } from "@/lib/labeling/results";
import { LabelLegend } from "@/components/labeling/label-legend";
import { nextChoices } from "@/components/labeling/label-hotkeys";
import { useLabelHotkeys } from "@/components/labeling/use-label-hotkeys";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TagIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import { PageSkeleton } from "@/components/ui/skeleton";
import { emptyResult } from "./empty-result";
import { ItemEditor } from "./item-editor";
import { useAnnotationKeys } from "./use-annotation-keys";
import { useAnnotationQueue } from "./use-annotation-queue";
import { useUndoable } from "./use-undoable";
import styles from "./annotator.module.css";

export type TAnnotatorProject = {
  id: string;
  name: string;
  template: TLabelingTemplate;
  labels: TLabel[];
  instructions: string;
  dataset: { id: string; version: number };
};

/** One item at a time: label it, submit, and the next (already loaded) takes its place. */
export function AnnotatorView({ project }: { project: TAnnotatorProject }) {
  const queue = useAnnotationQueue(project);
  const { current } = queue;
  const result = useUndoable<TResult>(emptyResult(project.template));
  const [activeLabel, setActiveLabel] = useState(project.labels[0].name);
  const openedAt = useRef(0);
  const isSingleChoice = project.template === "image_classification" || project.template === "text_classification";

  useEffect(() => {
    if (!current) return;
    result.reset(current.previous ?? current.prediction ?? emptyResult(project.template));
    openedAt.current = performance.now();
    // A new item starts a new history; `result` is stable across renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, project.template]);

  const pickLabel = (name: string) => {
    setActiveLabel(name);
    const value = result.value;
    if (value.kind !== "choices") return;
    result.set({ kind: "choices", choices: nextChoices(project.labels, value.choices, name, !isSingleChoice) });
  };
  useLabelHotkeys(project.labels, pickLabel, queue.status.kind === "ready");

  const canSubmit = Boolean(current) && !queue.isBusy && !(result.value.kind === "choices" && result.value.choices.length === 0);
  const submit = () => canSubmit && queue.submit({ action: "submit", result: result.value, leadTimeMs: Math.round(performance.now() - openedAt.current) });
  const skip = () => current && !queue.isBusy && queue.submit({ action: "skip" });
  useAnnotationKeys({ onSubmit: submit, onSkip: skip, onBack: queue.back, onUndo: result.undo, enabled: queue.status.kind === "ready" });

  if (queue.status.kind === "loading") return <PageSkeleton rows={6} />;
  if (queue.status.kind === "done") {
    return (
      <EmptyState
        icon={<TagIcon />}
        title="All done here"
        description="There is nothing left for you to label in this project right now. Items a reviewer sends back will appear here."
        action={<Link href="/data">Back to your projects</Link>}
      />
    );
  }
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        {queue.status.kind === "error" && (
          <InlineStatus tone="error">
            {queue.status.message}{" "}
            <Button size="sm" onClick={queue.retry}>
              Load the next item
            </Button>
          </InlineStatus>
        )}
        {current?.reviewComment && <InlineStatus tone="warning">Sent back by a reviewer: {current.reviewComment}</InlineStatus>}
        {current && !current.previous && current.prediction && <p className={styles.note}>Pre-labels from predictions are loaded: correct them and submit.</p>}
        {current && <ItemEditor key={current.id} template={project.template} labels={project.labels} activeLabel={activeLabel} dataset={project.dataset} item={current} result={result.value} onChange={result.set} />}
        <div className={styles.actions}>
          <Button onClick={queue.back} disabled={!queue.canGoBack || queue.isBusy} aria-keyshortcuts="Control+Backspace">
            ← Back
          </Button>
          <Button onClick={result.undo} disabled={!result.canUndo} aria-keyshortcuts="Control+Z">
            Undo
          </Button>
          <span className={styles.spacer} />
          <Button onClick={skip} disabled={queue.isBusy} aria-keyshortcuts="Control+Space">
            Skip
          </Button>
          <Button variant="primary" onClick={submit} disabled={!canSubmit} isPending={queue.isBusy} aria-keyshortcuts="Control+Enter">
            Submit
          </Button>
        </div>
      </div>
      <aside className={styles.side} aria-label="Labels and progress">
        <section>
          <h2 className={styles.sideTitle}>Labels</h2>
          <LabelLegend labels={project.labels} activeLabel={activeLabel} onSelect={pickLabel} />
        </section>
        <section>
          <h2 className={styles.sideTitle}>Progress</h2>
          <p className={styles.note}>
            Item {current ? current.position + 1 : "–"} · {queue.remaining?.toLocaleString("en-US") ?? "…"} still open in the project
          </p>
        </section>
        {project.instructions && (
          <section>
            <h2 className={styles.sideTitle}>Instructions</h2>
            <p className={styles.instructions}>{project.instructions}</p>
          </section>
        )}
        <section>
          <h2 className={styles.sideTitle}>Keys</h2>
          <p className={styles.keys}>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submit · <kbd>Ctrl</kbd>+<kbd>Space</kbd> skip · <kbd>Ctrl</kbd>+<kbd>⌫</kbd> back · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
          </p>
        </section>
      </aside>
    </div>
  );
}
