import Link from "next/link";
import { JOB_STATUS_NAMES } from "@/lib/jobs/schemas";
import runStyles from "@/components/runs/runs.module.css";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { TRunsSearch } from "@/components/runs/runs-query";

type TJobsToolbarProps = { search: TRunsSearch; projects: Array<{ id: string; name: string }> };

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);

/** Filters by project and state, as a plain GET form: the URL holds the list's state. */
export function JobsToolbar({ search, projects }: TJobsToolbarProps) {
  return (
    <div className={runStyles.toolbar}>
      <form className={runStyles.filters} method="get" action="/experiments/jobs" role="search" aria-label="Filter jobs">
        <Select name="project" defaultValue={search.project ?? ""} aria-label="Project" size="sm" className={runStyles.filterSelect}>
          <option value="">All projects</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </Select>
        <Select name="status" defaultValue={search.status ?? ""} aria-label="Status" size="sm" className={runStyles.filterSelect}>
          <option value="">Any status</option>
          {JOB_STATUS_NAMES.map((status) => (
            <option key={status} value={status}>
              {capitalize(status)}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm">
          Filter
        </Button>
        {(search.project || search.status) && <Link href="/experiments/jobs">Clear</Link>}
      </form>
    </div>
  );
}
