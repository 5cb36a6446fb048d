"use client";
import { useState } from "react";
import type { TResult } from "@/lib/labeling/results";
import type { TReviewBody } from "@/lib/labeling/schemas";
import { ItemEditor } from "@/components/annotate/item-editor";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { formatAgreement } from "./format-agreement";
import { ResultPreview } from "./result-preview";
import type { TReviewPage, TReviewProject } from "./review-view";
import styles from "./review.module.css";

type TItem = TReviewPage["items"][number];

/** One item under review: each annotation drawn, accept, reject one with a comment, or fix. */
export function ReviewItemCard({ project, item, onReviewed }: { project: TReviewProject; item: TItem; onReviewed(): void }) {
  const review = useServerAction((body: TReviewBody) => postJson(`/api/v1/labeling/projects/${project.id}/items/${item.id}/review`, body));
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const [fix, setFix] = useState<TResult | null>(null);
  const send = (body: TReviewBody) => review.run(body, onReviewed);
  const shown = item.final ?? item.annotations[0]?.result ?? null;
  return (
    <article className={styles.item} aria-label={`Item ${item.position + 1}`}>
      <ResultPreview data={item.data} result={shown} labels={project.labels} dataset={project.dataset} />
      <div>
        <div className={styles.itemHead}>
          <strong>Item {item.position + 1}</strong>
          <span>{item.reviewState === "accepted" ? "Accepted" : item.isComplete ? "Ready for review" : "Waiting for annotations"}</span>
          {item.agreement !== null && <span>Agreement {formatAgreement(item.agreement)}</span>}
        </div>
        {review.formError && <InlineStatus tone="error">{review.formError}</InlineStatus>}
        <div className={styles.annotations}>
          {item.annotations.map((a) => (
            <div key={a.id} className={styles.annotation} data-annotator={a.annotator}>
              <div className={styles.annotationHead}>
                <span className={styles.annotator}>{a.annotator}</span>
                <span className={styles.status} data-status={a.status}>
                  {a.status}
                </span>
                <span className={styles.comment}>{summary(a.result)}</span>
              </div>
              {a.reviewComment && <p className={styles.comment}>“{a.reviewComment}”</p>}
              {rejecting === a.id ? (
                <div className={styles.actions}>
                  <Input aria-label="What to fix" placeholder="What should the annotator fix?" value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
                  <Button size="sm" variant="destructive" disabled={!comment.trim()} isPending={review.isPending} onClick={() => send({ action: "reject", annotationId: a.id, comment })}>
                    Send back
                  </Button>
                  <Button size="sm" onClick={() => setRejecting(null)}>
                    Cancel
                  </Button>
                </div>
              ) : (
                a.status !== "rejected" && (
                  <div className={styles.actions}>
                    <Button size="sm" variant="danger" onClick={() => (setRejecting(a.id), setComment(""))}>
                      Reject
                    </Button>
                  </div>
                )
              )}
            </div>
          ))}
        </div>
        <div className={styles.actions} style={{ marginTop: "var(--space-3)" }}>
          <Button variant="primary" size="sm" isPending={review.isPending} disabled={!item.isComplete} onClick={() => send({ action: "accept" })}>
            Accept
          </Button>
          <Button size="sm" onClick={() => setFix(shown ?? null)} disabled={!shown}>
            Fix
          </Button>
        </div>
      </div>
      {fix && (
        <div className={styles.fixer}>
          <ItemEditor
            template={project.template}
            labels={project.labels}
            activeLabel={project.labels[0].name}
            dataset={project.dataset}
            item={{ id: item.id, position: item.position, data: item.data, prediction: null, previous: null, reviewComment: null, lockExpiresAt: null }}
            result={fix}
            onChange={setFix}
          />
          <div className={styles.actions}>
            <Button variant="primary" size="sm" isPending={review.isPending} onClick={() => send({ action: "fix", result: fix })}>
              Save as final
            </Button>
            <Button size="sm" onClick={() => setFix(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}

function summary(result: TResult | null) {
  if (!result) return "";
  if (result.kind === "boxes") return `${result.boxes.length} box${result.boxes.length === 1 ? "" : "es"}`;
  if (result.kind === "spans") return `${result.spans.length} span${result.spans.length === 1 ? "" : "s"}`;
  return result.choices.join(", ");
}
