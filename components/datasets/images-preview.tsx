"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TDatasetFile, TFilesPage } from "@/lib/datasets/schemas";
import { fetchJson } from "@/components/runs/fetch-json";
import { EmptyState } from "@/components/ui/empty-state";
import { formatSize } from "@/components/ui/format-size";
import { FileIcon } from "@/components/ui/icons";
import { fileUrl, filesUrl } from "./dataset-urls";
import { formatVersion } from "./format-dataset";
import { PreviewPager } from "./preview-pager";
import { PreviewError, PreviewSkeleton } from "./preview-states";
import styles from "./preview.module.css";

const PAGE_IMAGES = 60;
const TILE = 140;

function Tile({ datasetId, number, file }: { datasetId: string; number: number; file: TDatasetFile }) {
  const isImage = file.contentType.startsWith("image/");
  const dimensions = file.width && file.height ? `${file.width}×${file.height}` : null;
  return (
    <li className={styles.tile}>
      <figure className={styles.figure}>
        <span className={styles.thumb}>
          {isImage ? (
            // The caption below names the image; the studio knows nothing more to say of it.
            // eslint-disable-next-line @next/next/no-img-element -- served by the studio's own route, sized by CSS
            <img src={fileUrl(datasetId, number, file.path)} alt="" loading="lazy" decoding="async" width={TILE} height={TILE} />
          ) : (
            <FileIcon size={28} />
          )}
        </span>
        <figcaption className={styles.caption}>
          <span className={styles.path} title={file.path}>
            {file.path}
          </span>
          <span className={styles.meta}>{[dimensions, formatSize(file.sizeBytes)].filter(Boolean).join(" · ")}</span>
        </figcaption>
      </figure>
    </li>
  );
}

/** An image version's files as thumbnails, 60 a page, each loaded as it scrolls into view. */
export function ImagesPreview({ datasetId, number }: { datasetId: string; number: number }) {
  const [offset, setOffset] = useState(0);
  const page = useQuery({
    queryKey: ["dataset-files", datasetId, number, offset],
    queryFn: () => fetchJson<TFilesPage>(filesUrl(datasetId, number, offset, PAGE_IMAGES)),
    placeholderData: keepPreviousData,
  });
  if (page.isPending) return <PreviewSkeleton kind="tiles" what="images" />;
  if (page.isError && !page.data) return <PreviewError what="images" message={page.error.message} onRetry={() => page.refetch()} />;
  const { files, total } = page.data;
  if (total === 0) return <EmptyState size="inline" title="No images" description={`${formatVersion(number)} holds no files.`} />;
  return (
    <div className={styles.images}>
      {page.isError && <PreviewError what="images" message={page.error.message} onRetry={() => page.refetch()} />}
      <ul className={styles.grid} aria-label={`Images of ${formatVersion(number)}`} aria-busy={page.isPlaceholderData || undefined} data-turning={page.isPlaceholderData || undefined}>
        {files.map((file) => (
          <Tile key={file.path} datasetId={datasetId} number={number} file={file} />
        ))}
      </ul>
      <PreviewPager label="Pages of images" unit="Images" offset={page.data.offset} pageSize={PAGE_IMAGES} total={total} isBusy={page.isPlaceholderData} onOffset={setOffset} />
    </div>
  );
}
