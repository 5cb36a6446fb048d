"use client";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatCompactNumber } from "@/components/charts/format-number";
import { sequentialGradient } from "@/components/charts/series-colours";
import { layoutParallelCoordinates, type TParallelRun } from "./parallel-coordinates-layout";
import styles from "./compare.module.css";

type TParallelCoordinatesProps = {
  runs: readonly TParallelRun[];
  paramKeys: readonly string[];
  /** The metric's axis title: "loss (last)". */
  metricLabel: string;
  height?: number;
};

const INITIAL_WIDTH = 880;

/** The width of the element, as it is laid out and whenever it changes. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Params against a metric: an axis each, a line a run through its values, coloured by the metric. */
export function ParallelCoordinates({ runs, paramKeys, metricLabel, height = 320 }: TParallelCoordinatesProps) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const [activeId, setActiveId] = useState<string | null>(null);
  const layout = useMemo(() => layoutParallelCoordinates({ runs, paramKeys, metricLabel, width, height }), [runs, paramKeys, metricLabel, width, height]);
  const values = runs.flatMap((run) => (run.value === null ? [] : [run.value]));
  const active = layout.lines.find((line) => line.id === activeId);
  const leave = (id: string) => setActiveId((current) => (current === id ? null : current));
  return (
    <figure className={styles.parallel}>
      <div ref={ref} className={styles.parallelScroller}>
        <svg width={layout.width} height={layout.height} role="group" aria-label={`Parallel coordinates of params against ${metricLabel}`}>
          {layout.lines.map((line) => {
            const isDimmed = activeId !== null && activeId !== line.id;
            return (
              <g
                key={line.id}
                className={styles.runLine}
                role="img"
                aria-label={line.description}
                tabIndex={0}
                onMouseEnter={() => setActiveId(line.id)}
                onMouseLeave={() => leave(line.id)}
                onFocus={() => setActiveId(line.id)}
                onBlur={() => leave(line.id)}
              >
                <path d={line.path} className={styles.hitArea} />
                <path d={line.path} stroke={line.colour} strokeWidth={activeId === line.id ? 3.5 : 2} opacity={isDimmed ? 0.2 : 0.9} />
                {line.points.map((point, index) =>
                  point ? <circle key={index} cx={point.x} cy={point.y} r={activeId === line.id ? 4 : 2.5} fill={line.colour} opacity={isDimmed ? 0.2 : 1} /> : null,
                )}
              </g>
            );
          })}
          <g className={styles.axes} aria-hidden="true">
            {layout.axes.map((axis) => (
              <g key={axis.key}>
                <line className={styles.axisLine} x1={axis.x} x2={axis.x} y1={layout.top} y2={layout.bottom} />
                <text className={styles.axisTitle} x={axis.x} y={layout.top - 22} textAnchor="middle">
                  <title>{axis.title}</title>
                  {axis.label}
                </text>
                {axis.kind === "log" && (
                  <text className={styles.tickLabel} x={axis.x} y={layout.top - 9} textAnchor="middle">
                    log scale
                  </text>
                )}
                {axis.ticks.map((tick) => (
                  <g key={`${tick.label}-${tick.y}`}>
                    <line className={styles.axisLine} x1={axis.x - 4} x2={axis.x} y1={tick.y} y2={tick.y} />
                    <text className={styles.tickLabel} x={axis.x - 7} y={tick.y} dy="0.32em" textAnchor="end">
                      {tick.label}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </g>
        </svg>
      </div>
      <figcaption className={styles.parallelFooter}>
        <span className={styles.readout} aria-hidden="true">
          {active ? active.description : "Point at a line, or tab to it, to read its run's values."}
        </span>
        {values.length > 0 && (
          <span className={styles.colourScale}>
            {metricLabel}: {formatCompactNumber(Math.min(...values))}
            <span className={styles.colourBar} style={{ background: sequentialGradient() }} aria-hidden="true" />
            {formatCompactNumber(Math.max(...values))}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
