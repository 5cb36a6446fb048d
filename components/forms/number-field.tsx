import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type TNumberFieldProps = { label: string; name: string; min: number; max: number; defaultValue: number; hint?: string; error?: string[] };

/** A whole number within bounds the browser checks before the studio does: replicas, percentages. */
export function NumberField({ label, name, min, max, defaultValue, hint, error }: TNumberFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <Input {...control} name={name} type="number" inputMode="numeric" required min={min} max={max} step={1} defaultValue={defaultValue} />}
    </Field>
  );
}
