"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TLabelingProjectView } from "@/lib/labeling/get-labeling-project";
import { EXPORT_FORMATS, type TExportFormat } from "@/lib/labeling/formats/export-formats";
import type { TLabelingTemplate } from "@/lib/labeling/results";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { fetchJson } from "@/components/runs/fetch-json";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { InlineStatus } from "@/components/ui/inline-status";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { ProgressBar } from "./progress-bar";
import { SaveAsDatasetButton } from "./save-as-dataset-button";
import styles from "./labeling.module.css";

type TExport = TLabelingProjectView["exports"][number];
type TProps = { projectId: string; projectName: string; template: TLabelingTemplate; initial: TExport[] };

const FORMAT_NAMES = Object.fromEntries(EXPORT_FORMATS.map((f) => [f.id, f.name]));

/** Exports of the final labels: started here, made in the background, their progress polled. */
export function ExportPanel({ projectId, projectName, template, initial }: TProps) {
  const datasetName = `${projectName.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "project"}-labels`;
  const formats = EXPORT_FORMATS.filter((f) => f.templates.includes(template));
  const [format, setFormat] = useState<TExportFormat>(formats.find((f) => f.id === "coco")?.id ?? formats[0].id);
  const queryClient = useQueryClient();
  const exports = useQuery({
    queryKey: ["labeling-exports", projectId],
    queryFn: async () => (await fetchJson<{ exports: TExport[] }>(`/api/v1/labeling/projects/${projectId}/exports`)).exports,
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.some((e) => e.status === "running") ? 1000 : false),
  });
  const start = useServerAction((body: { format: TExportFormat }) => postJson<{ id: string }>(`/api/v1/labeling/projects/${projectId}/exports`, body));
  const list = exports.data ?? [];
  return (
    <Card
      title="Export"
      description="The final labels: a reviewer's decision, else the annotators' majority. Large exports run in the background; a CSV export can become a dataset version for training."
      isFlush={list.length > 0}
      actions={
        <div className={styles.toolbar}>
          <Select size="sm" aria-label="Export format" value={format} onChange={(e) => setFormat(e.target.value as TExportFormat)}>
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
          <Button size="sm" isPending={start.isPending} onClick={() => start.run({ format }, () => queryClient.invalidateQueries({ queryKey: ["labeling-exports", projectId] }))}>
            Export
          </Button>
        </div>
      }
    >
      {start.formError && <InlineStatus tone="error">{start.formError}</InlineStatus>}
      {list.length === 0 ? (
        <p className={styles.caption}>No exports yet.</p>
      ) : (
        <Table label="Exports">
          <thead>
            <tr>
              <th>Format</th>
              <th>Started</th>
              <th>Progress</th>
              <th data-align="end">File</th>
            </tr>
          </thead>
          <tbody>
            {list.map((row) => (
              <tr key={row.id} data-export-status={row.status}>
                <td>{FORMAT_NAMES[row.format] ?? row.format}</td>
                {/* Polled rows come as JSON, their time as text; the browser's zone may differ from the server's. */}
                <td suppressHydrationWarning>{formatDateTime(new Date(row.createdAt))}</td>
                <td>{row.status === "failed" ? <span role="alert">Failed: {row.error}</span> : <ProgressBar done={row.doneItems} total={row.totalItems} label="Items exported" />}</td>
                <td data-align="end">
                  {row.status === "succeeded" ? (
                    <span className={styles.toolbar}>
                      {row.format === "csv" && <SaveAsDatasetButton projectId={projectId} exportId={row.id} datasetName={datasetName} />}
                      <a href={`/api/v1/labeling/projects/${projectId}/exports/${row.id}/file`} download>
                        Download {row.fileName}
                      </a>
                    </span>
                  ) : (
                    <span className={styles.caption}>{row.status === "running" ? "Running…" : "—"}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
