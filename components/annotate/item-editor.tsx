"use client";
import { useState } from "react";
import type { TLabel, TLabelingTemplate, TResult } from "@/lib/labeling/results";
import type { TAnnotatorItem } from "@/lib/labeling/schemas";
import { BoxAnnotator } from "@/components/labeling/box-annotator";
import { ChoicePicker } from "@/components/labeling/choice-picker";
import { SpanAnnotator } from "@/components/labeling/span-annotator";
import { fileUrl } from "@/components/datasets/dataset-urls";
import styles from "./annotator.module.css";

type TProps = {
  template: TLabelingTemplate;
  labels: TLabel[];
  activeLabel: string;
  dataset: { id: string; version: number };
  item: TAnnotatorItem;
  result: TResult;
  onChange(result: TResult): void;
};

/** The item on screen with the widget its template calls for. */
export function ItemEditor({ template, labels, activeLabel, dataset, item, result, onChange }: TProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const { data } = item;
  if (result.kind === "boxes" && data.kind === "image") {
    return (
      <BoxAnnotator
        imageUrl={fileUrl(dataset.id, dataset.version, data.path)}
        imageWidth={data.width}
        imageHeight={data.height}
        labels={labels}
        activeLabel={activeLabel}
        boxes={result.boxes}
        onChange={(boxes) => onChange({ kind: "boxes", boxes })}
        selectedIndex={selected}
        onSelect={setSelected}
      />
    );
  }
  if (result.kind === "spans" && data.kind === "text") {
    return <SpanAnnotator text={data.text} labels={labels} activeLabel={activeLabel} spans={result.spans} onChange={(spans) => onChange({ kind: "spans", spans })} />;
  }
  if (result.kind === "choices") {
    return (
      <div className={styles.classify}>
        {data.kind === "image" ? (
          // eslint-disable-next-line @next/next/no-img-element -- the studio's own API serves it; next/image would proxy it again
          <img className={styles.image} src={fileUrl(dataset.id, dataset.version, data.path)} alt={data.path} />
        ) : (
          <p className={styles.text}>{data.text}</p>
        )}
        <ChoicePicker labels={labels} multiple={template === "image_multilabel"} value={result.choices} onChange={(choices) => onChange({ kind: "choices", choices })} />
      </div>
    );
  }
  return null;
}
