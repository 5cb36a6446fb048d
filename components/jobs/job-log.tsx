"use client";
import { memo, useLayoutEffect, useRef, useState } from "react";
import { LiveIndicator } from "@/components/live/live-refresh";
import { ansiToHtml } from "@/components/notebook/outputs/ansi";
import ansiStyles from "@/components/notebook/outputs/ansi-colours.module.css";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineStatus } from "@/components/ui/inline-status";
import { downloadJobLog } from "./download-job-log";
import { MAX_LOG_LINES, type TLogLine } from "./job-log-lines";
import { useJobLog } from "./use-job-log";
import styles from "./job-log.module.css";

const COUNT = new Intl.NumberFormat("en");
// Closer to the bottom than this, the reader is at the bottom: the log follows new lines.
const AT_BOTTOM_PX = 24;

/** One line: stdout as is, stderr in a calm red, the studio's own lines muted with their attempt. */
const LogLine = memo(function LogLine({ line }: { line: TLogLine }) {
  const text = line.text.endsWith("\r") ? line.text.slice(0, -1) : line.text;
  if (line.stream === "system") {
    return (
      <div className={`${styles.line} ${styles.system}`} data-stream="system">
        <span className={styles.attempt}>attempt {line.attempt}</span> {text}
      </div>
    );
  }
  return <div className={`${styles.line} ${styles[line.stream]}`} data-stream={line.stream} dangerouslySetInnerHTML={{ __html: ansiToHtml(text) }} />;
});

/** The job's log, live; it follows new lines while the reader stays at the bottom. */
export function JobLog({ jobId, jobName }: { jobId: string; jobName: string }) {
  const { log, load, connection, retry } = useJobLog(jobId);
  const boxRef = useRef<HTMLDivElement>(null);
  const [isFollowing, setIsFollowing] = useState(true);
  const [download, setDownload] = useState<{ kind: "idle" | "busy" } | { kind: "error"; message: string }>({ kind: "idle" });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box && isFollowing) box.scrollTop = box.scrollHeight;
  }, [log, isFollowing]);

  async function saveAll() {
    setDownload({ kind: "busy" });
    try {
      await downloadJobLog(jobId, jobName);
      setDownload({ kind: "idle" });
    } catch (error) {
      setDownload({ kind: "error", message: `The log could not be downloaded: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  const isEmpty = log.lines.length === 0;
  return (
    <Card
      title="Log"
      description="stdout, stderr, and the studio's own lines about each attempt."
      actions={
        <>
          <LiveIndicator status={connection} />
          {!isFollowing && (
            <Button size="sm" onClick={() => setIsFollowing(true)}>
              Follow
            </Button>
          )}
          <Button size="sm" onClick={() => void saveAll()} isPending={download.kind === "busy"} disabled={isEmpty}>
            Download
          </Button>
        </>
      }
      isFlush
    >
      {log.droppedLines > 0 && (
        <p className={styles.note}>
          Showing the last {COUNT.format(MAX_LOG_LINES)} lines; {COUNT.format(log.droppedLines)} earlier {log.droppedLines === 1 ? "line is" : "lines are"} in the
          download.
        </p>
      )}
      {download.kind === "error" && (
        <div className={styles.failure}>
          <InlineStatus tone="error">{download.message}</InlineStatus>
        </div>
      )}
      <div
        ref={boxRef}
        className={`${styles.log} ${ansiStyles.ansi}`}
        role="log"
        aria-label="Job log"
        aria-busy={load.kind === "loading" || undefined}
        tabIndex={0}
        data-lines={log.lines.length}
        onScroll={(event) => {
          const box = event.currentTarget;
          setIsFollowing(box.scrollHeight - box.scrollTop - box.clientHeight < AT_BOTTOM_PX);
        }}
      >
        {log.lines.map((line) => (
          <LogLine key={line.id} line={line} />
        ))}
        {isEmpty && load.kind === "loading" && <p className={styles.placeholder}>Loading the log…</p>}
        {isEmpty && load.kind === "ready" && <p className={styles.placeholder}>No output yet.</p>}
      </div>
      {load.kind === "error" && (
        <div className={styles.failure}>
          <InlineStatus tone="error">
            The log could not be loaded: {load.message}
            <span>
              <Button size="sm" onClick={retry}>
                Try again
              </Button>
            </span>
          </InlineStatus>
        </div>
      )}
    </Card>
  );
}
