// The whole log as a text file, read page by page from the route the page reads: the page
// shows only the last lines, and the studio needs no download route of its own for this.
import { fetchJobLogPage } from "./use-job-log";

export async function downloadJobLog(jobId: string, jobName: string) {
  const parts: string[] = [];
  for (let after = -1; ; ) {
    const page = await fetchJobLogPage(jobId, after);
    for (const chunk of page.chunks) parts.push(chunk.stream === "system" ? `[studio, attempt ${chunk.attempt}] ${chunk.text}` : chunk.text);
    after = page.chunks.at(-1)?.seq ?? after;
    if (!page.hasMore || page.chunks.length === 0) break;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${jobName.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "job"}.log`;
  link.click();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
