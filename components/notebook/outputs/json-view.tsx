import styles from "./outputs.module.css";

const MAX_CHILDREN = 200;

function Scalar({ value }: { value: unknown }) {
  if (value === null) return <span className={styles.jsonNull}>null</span>;
  if (typeof value === "string") return <span className={styles.jsonString}>{JSON.stringify(value)}</span>;
  if (typeof value === "number") return <span className={styles.jsonNumber}>{String(value)}</span>;
  if (typeof value === "boolean") return <span className={styles.jsonBoolean}>{String(value)}</span>;
  return <span>{String(value)}</span>;
}

function Node({ name, value, depth }: { name?: string; value: unknown; depth: number }) {
  const label = name !== undefined && <span className={styles.jsonKey}>{JSON.stringify(name)}: </span>;
  if (value === null || typeof value !== "object") {
    return (
      <div className={styles.jsonLeaf}>
        {label}
        <Scalar value={value} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries = isArray ? (value as unknown[]).map((item, index) => [String(index), item] as const) : Object.entries(value);
  const summary = isArray ? `Array(${entries.length})` : `{${entries.length} ${entries.length === 1 ? "key" : "keys"}}`;
  return (
    <details className={styles.jsonNode} open={depth < 2}>
      <summary>
        {label}
        <span className={styles.jsonSummary}>{summary}</span>
      </summary>
      <div className={styles.jsonChildren}>
        {entries.slice(0, MAX_CHILDREN).map(([key, item]) => (
          <Node key={key} name={isArray ? undefined : key} value={item} depth={depth + 1} />
        ))}
        {entries.length > MAX_CHILDREN && <div className={styles.jsonMore}>… {entries.length - MAX_CHILDREN} more</div>}
      </div>
    </details>
  );
}

/** application/json as a tree whose branches open and close. */
export function JsonView({ value }: { value: unknown }) {
  return (
    <div className={styles.json}>
      <Node value={value} depth={0} />
    </div>
  );
}
