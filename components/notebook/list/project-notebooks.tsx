import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NotebookIcon } from "@/components/ui/icons";
import { ImportNotebookButton } from "./import-notebook-button";
import { NewNotebookButton } from "./new-notebook-button";
import { NotebookTable, type TNotebookRow } from "./notebook-table";

type TProjectNotebooksProps = { project: { id: string; name: string }; notebooks: TNotebookRow[]; canCreate: boolean };

/** A project's notebooks, on its page. */
export function ProjectNotebooks({ project, notebooks, canCreate }: TProjectNotebooksProps) {
  const newButton = canCreate && (
    <>
      <ImportNotebookButton projects={[project]} projectId={project.id} />
      <NewNotebookButton projects={[project]} projectId={project.id} variant="secondary" />
    </>
  );
  if (notebooks.length === 0) {
    return (
      <Card title="Notebooks">
        <EmptyState
          size="inline"
          icon={<NotebookIcon />}
          title="No notebooks yet"
          description="Explore data and try models in Python; the code runs on your team's workers and the outputs are saved as they arrive."
          action={newButton}
        />
      </Card>
    );
  }
  return (
    <Card title="Notebooks" description={`${notebooks.length} in this project`} actions={newButton} isFlush>
      <NotebookTable label={`Notebooks of ${project.name}`} notebooks={notebooks} showProject={false} />
    </Card>
  );
}
