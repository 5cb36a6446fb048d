"use client";
import { useMemo } from "react";
import { useIsClient } from "../outputs/use-is-client";
import { renderMarkdown, type TAttachments } from "./render-markdown";
import styles from "./markdown.module.css";

type TMarkdownViewProps = { source: string; attachments?: TAttachments; className?: string };

/** Rendered Markdown (cells and text/markdown outputs); the source as text until it can be sanitized. */
export function MarkdownView({ source, attachments, className }: TMarkdownViewProps) {
  const isClient = useIsClient();
  const html = useMemo(() => (isClient ? renderMarkdown(source, attachments) : null), [isClient, source, attachments]);
  const classes = [styles.markdown, className].filter(Boolean).join(" ");
  if (html === null) return <div className={`${classes} ${styles.pending}`}>{source}</div>;
  return <div className={classes} dangerouslySetInnerHTML={{ __html: html }} />;
}
