import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { TRunsSearch } from "./runs-query";
import styles from "./runs.module.css";

type TRunsToolbarProps = { search: TRunsSearch; columns: string[]; availableColumns: string[] };

/** Filters and the column picker, as plain GET forms: the URL holds the table's state. */
export function RunsToolbar({ search, columns, availableColumns }: TRunsToolbarProps) {
  const kept = (names: string[]) =>
    names.filter((name) => search[name]).map((name) => <input key={name} type="hidden" name={name} value={search[name]} />);
  return (
    <div className={styles.toolbar}>
      <form className={styles.filters} method="get" action="/experiments" role="search" aria-label="Filter runs">
        {kept(["project", "sort", "order", "cols"])}
        <Input name="q" defaultValue={search.q} placeholder="Name contains" aria-label="Name contains" />
        <Input name="tag" defaultValue={search.tag} placeholder="Tag" aria-label="Tag" className={styles.narrow} />
        <Select name="status" defaultValue={search.status ?? ""} aria-label="Status" size="sm">
          <option value="">Any status</option>
          <option value="running">Running</option>
          <option value="finished">Finished</option>
          <option value="failed">Failed</option>
        </Select>
        <Input name="where" defaultValue={search.where} placeholder="metric.acc>0.9, param.optimizer=adam" aria-label="Conditions" className={styles.wide} />
        <Button type="submit" size="sm">
          Filter
        </Button>
        {(search.q || search.tag || search.status || search.where) && <Link href="/experiments">Clear</Link>}
      </form>
      {availableColumns.length > 0 && (
        <details className={styles.columnPicker}>
          <summary>Columns ({columns.length})</summary>
          <form method="get" action="/experiments" className={styles.columnForm} aria-label="Choose columns">
            {kept(["project", "sort", "order", "q", "tag", "status", "where"])}
            <fieldset className={styles.columnList}>
              <legend>Metrics and params to show</legend>
              {availableColumns.map((column) => (
                <label key={column} className={styles.columnOption}>
                  <input type="checkbox" name="cols" value={column} defaultChecked={columns.includes(column)} />
                  {column}
                </label>
              ))}
            </fieldset>
            <Button type="submit" size="sm">
              Show columns
            </Button>
          </form>
        </details>
      )}
    </div>
  );
}
