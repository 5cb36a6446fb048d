import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type TProjectOption = { id: string; name: string };

/** The project a new notebook goes to: fixed (a hidden field) when opened from a project's page, else a choice. */
export function ProjectField({ projects, projectId, error, disabled }: { projects: TProjectOption[]; projectId?: string; error?: string[]; disabled?: boolean }) {
  if (projectId) return <input type="hidden" name="projectId" value={projectId} />;
  return (
    <Field label="Project" error={error}>
      {(control) => (
        <Select {...control} name="projectId" defaultValue={projects[0]?.id} disabled={disabled}>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
