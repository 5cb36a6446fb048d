"use client";
import { memo, useMemo, useState } from "react";
import { MarkdownView } from "../markdown/markdown-view";
import { ansiToHtml } from "./ansi";
import { JsonView } from "./json-view";
import { tailOfText, type TDisplayItem } from "./output-model";
import { SandboxedHtml } from "./sandboxed-html";
import { TruncationNotice } from "./truncation-notice";
import styles from "./outputs.module.css";

/** Richest first, as Jupyter chooses. The SDK's metrics type is for dashboards, not for here. */
const ORDER = ["text/html", "text/markdown", "image/svg+xml", "image/png", "image/jpeg", "image/gif", "application/json", "text/plain"];

export function pickMimeType(data: Record<string, unknown>) {
  return ORDER.find((type) => data[type] !== undefined && data[type] !== null) ?? null;
}

/** Jupyter allows a text type as one string or as a list of lines. */
function asText(value: unknown) {
  if (Array.isArray(value)) return value.join("");
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function imageSize(metadata: Record<string, unknown>, type: string) {
  const own = (metadata[type] ?? {}) as { width?: unknown; height?: unknown };
  const width = typeof own.width === "number" ? own.width : typeof metadata.width === "number" ? metadata.width : undefined;
  const height = typeof own.height === "number" ? own.height : typeof metadata.height === "number" ? metadata.height : undefined;
  return { width, height };
}

function PlainText({ text }: { text: string }) {
  const [isShowingAll, setIsShowingAll] = useState(false);
  const newlines = useMemo(() => text.split("\n").length - 1, [text]);
  const { shown, hiddenLines } = isShowingAll ? { shown: text, hiddenLines: 0 } : tailOfText(text, newlines);
  const html = useMemo(() => ansiToHtml(shown), [shown]);
  return (
    <>
      {hiddenLines > 0 && <TruncationNotice hiddenLines={hiddenLines} onShowAll={() => setIsShowingAll(true)} />}
      <pre className={styles.text} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

/** display_data and execute_result: the richest MIME type this studio can show safely. */
export const MimeOutput = memo(function MimeOutput({ item }: { item: TDisplayItem }) {
  const type = pickMimeType(item.data);
  const types = Object.keys(item.data);
  if (!type && types.length > 0 && types.every((name) => name.startsWith("application/vnd.mlstudio."))) return null;
  const value = type ? item.data[type] : undefined;
  switch (type) {
    case "text/html":
      return <SandboxedHtml html={asText(value)} />;
    case "text/markdown":
      return <MarkdownView source={asText(value)} className={styles.markdown} />;
    case "image/svg+xml": {
      // As an image, an SVG runs no script at all.
      const { width, height } = imageSize(item.metadata, type);
      const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(asText(value))}`;
      // eslint-disable-next-line @next/next/no-img-element
      return <img className={styles.image} src={source} alt="SVG output" width={width} height={height} />;
    }
    case "image/png":
    case "image/jpeg":
    case "image/gif": {
      const { width, height } = imageSize(item.metadata, type);
      const source = `data:${type};base64,${asText(value).replace(/\s+/g, "")}`;
      // eslint-disable-next-line @next/next/no-img-element
      return <img className={styles.image} src={source} alt="Image output" width={width} height={height} />;
    }
    case "application/json":
      return <JsonView value={value} />;
    case "text/plain":
      return <PlainText text={asText(value)} />;
    default:
      return <p className={styles.unsupported}>Output of type {types.join(", ") || "(none)"} is not shown here.</p>;
  }
});
