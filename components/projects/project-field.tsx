import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type TProjectOption = { id: string; name: string };

type TProjectFieldProps = {
  projects: TProjectOption[];
  /** Fixed (a hidden field), as when opened from a project's page. */
  projectId?: string;
  /** The one chosen at first; else the first. */
  defaultProjectId?: string;
  error?: string[];
  disabled?: boolean;
  onChange?: (projectId: string) => void;
};

/** The project something new goes to: fixed when opened from a project's page, else a choice. */
export function ProjectField({ projects, projectId, defaultProjectId, error, disabled, onChange }: TProjectFieldProps) {
  if (projectId) return <input type="hidden" name="projectId" value={projectId} />;
  return (
    <Field label="Project" error={error}>
      {(control) => (
        <Select {...control} name="projectId" defaultValue={defaultProjectId ?? projects[0]?.id} disabled={disabled} onChange={(event) => onChange?.(event.target.value)}>
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
