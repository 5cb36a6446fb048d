"use client";
import type { TLabel } from "@/lib/labeling/results";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { colorFor } from "./default-labels";
import styles from "./labels-editor.module.css";

type TProps = { labels: TLabel[]; onChange(labels: TLabel[]): void; errors?: Record<string, string[]> };

/** A project's labels: name, colour and hotkey each, added and removed in place. */
export function LabelsEditor({ labels, onChange, errors = {} }: TProps) {
  const change = (index: number, patch: Partial<TLabel>) => onChange(labels.map((label, i) => (i === index ? { ...label, ...patch } : label)));
  const add = () => {
    const hotkey = String(labels.length + 1);
    onChange([...labels, { name: "", color: colorFor(labels.length), hotkey: hotkey.length === 1 ? hotkey : undefined }]);
  };
  return (
    <div className={styles.editor}>
      <div className={styles.head} aria-hidden="true">
        <span>Colour</span>
        <span>Label</span>
        <span>Hotkey</span>
        <span />
      </div>
      {labels.map((label, index) => {
        const error = errors[`labels.${index}.name`]?.[0] ?? errors[`labels.${index}.hotkey`]?.[0] ?? errors[`labels.${index}.color`]?.[0];
        return (
          <div key={index} className={styles.row}>
            <input type="color" className={styles.color} value={label.color} aria-label={`Colour of label ${index + 1}`} onChange={(e) => change(index, { color: e.target.value })} />
            <Input value={label.name} aria-label={`Label ${index + 1}`} placeholder="Label name" onChange={(e) => change(index, { name: e.target.value })} />
            <Input
              className={styles.hotkey}
              value={label.hotkey ?? ""}
              maxLength={1}
              aria-label={`Hotkey of label ${index + 1}`}
              onChange={(e) => change(index, { hotkey: e.target.value.toLowerCase() || undefined })}
            />
            <Button variant="danger" size="sm" aria-label={`Remove label ${index + 1}`} disabled={labels.length === 1} onClick={() => onChange(labels.filter((_, i) => i !== index))}>
              Remove
            </Button>
            {error && <p className={styles.error}>{error}</p>}
          </div>
        );
      })}
      <div>
        <Button size="sm" onClick={add}>
          Add a label
        </Button>
      </div>
      {errors.labels && <p className={styles.error}>{errors.labels[0]}</p>}
    </div>
  );
}
