import type { TDatasetDetail } from "@/lib/datasets/schemas";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ColumnStatsGrid } from "./column-stats-grid";
import { formatItems, formatVersion } from "./format-dataset";
import { ImagesPreview } from "./images-preview";
import { RowsPreview } from "./rows-preview";

type TVersion = TDatasetDetail["versions"][number];

/** What one version holds: column statistics and rows for tables and texts, a grid for images. */
export function VersionPreview({ datasetId, version }: { datasetId: string; version: TVersion }) {
  const name = formatVersion(version.number);
  // Keyed by version, so that switching versions starts again at the first page.
  const key = `${datasetId}:${version.number}`;
  if (version.format === "images") {
    return (
      <Card title={`Images in ${name}`} description={`${formatItems("images", version.rowCount)}, in upload order.`} isFlush>
        <ImagesPreview key={key} datasetId={datasetId} number={version.number} />
      </Card>
    );
  }
  const columns = version.columns.map(({ name: column, type }) => ({ name: column, type }));
  return (
    <>
      <Card title={`Columns of ${name}`} description={`Gathered over all ${formatItems(version.format, version.rowCount)} when the version was made.`}>
        {version.columns.length === 0 ? (
          <EmptyState size="inline" title="No columns" description="This version has no columns to describe." />
        ) : (
          <ColumnStatsGrid columns={version.columns} rowCount={version.rowCount} />
        )}
      </Card>
      <Card title={`Rows of ${name}`} description="Read from the stored version a page at a time, as code reads it." isFlush>
        <RowsPreview key={key} datasetId={datasetId} number={version.number} columns={columns} />
      </Card>
    </>
  );
}
