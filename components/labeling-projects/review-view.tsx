"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { findReviewItems } from "@/lib/labeling/find-review-items";
import type { TLabel, TLabelingTemplate } from "@/lib/labeling/results";
import { fetchJson } from "@/components/runs/fetch-json";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TagIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import { PageSkeleton } from "@/components/ui/skeleton";
import { ReviewItemCard } from "./review-item-card";
import styles from "./review.module.css";

export type TReviewPage = Awaited<ReturnType<typeof findReviewItems>>;
export type TReviewProject = { id: string; template: TLabelingTemplate; labels: TLabel[]; dataset: { id: string; version: number } };

const STATES = [
  { id: "to_review", name: "To review" },
  { id: "rejected", name: "Sent back" },
  { id: "reviewed", name: "Accepted" },
  { id: "all", name: "All items" },
] as const;
const PAGE = 20;

/** Items for review, a page at a time, each with its annotations and the reviewer's actions. */
export function ReviewView({ project }: { project: TReviewProject }) {
  const [state, setState] = useState<(typeof STATES)[number]["id"]>("to_review");
  const [offset, setOffset] = useState(0);
  const queryClient = useQueryClient();
  const key = ["labeling-review", project.id, state, offset];
  const page = useQuery({ queryKey: key, queryFn: () => fetchJson<TReviewPage>(`/api/v1/labeling/projects/${project.id}/review?state=${state}&offset=${offset}&limit=${PAGE}`) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["labeling-review", project.id] });
  return (
    <div>
      <div className={styles.tabs} role="tablist" aria-label="Items">
        {STATES.map((s) => (
          <Button
            key={s.id}
            size="sm"
            role="tab"
            aria-selected={s.id === state}
            variant={s.id === state ? "primary" : "secondary"}
            onClick={() => {
              setState(s.id);
              setOffset(0);
            }}
          >
            {s.name}
          </Button>
        ))}
      </div>
      {page.isPending ? (
        <PageSkeleton rows={3} />
      ) : page.isError ? (
        <InlineStatus tone="error">Could not load the items: {page.error.message}</InlineStatus>
      ) : page.data.items.length === 0 ? (
        <EmptyState icon={<TagIcon />} title="Nothing here" description={state === "to_review" ? "Items appear here once they have all their annotations." : "No items in this list."} />
      ) : (
        <div className={styles.items}>
          {page.data.items.map((item) => (
            <ReviewItemCard key={item.id} project={project} item={item} onReviewed={refresh} />
          ))}
          <div className={styles.actions}>
            <Button size="sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Previous
            </Button>
            <span className={styles.comment}>
              {offset + 1}–{offset + page.data.items.length} of {page.data.total.toLocaleString("en-US")}
            </span>
            <Button size="sm" disabled={offset + PAGE >= page.data.total} onClick={() => setOffset(offset + PAGE)}>
              Next
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
