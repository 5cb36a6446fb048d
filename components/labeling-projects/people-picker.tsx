"use client";
import styles from "./new-labeling-project.module.css";

export type TPerson = { id: string; name: string; email: string; role: string };

/** Who labels: the team's people who may, as cards to tick. */
export function PeoplePicker({ people, value, onChange }: { people: TPerson[]; value: string[]; onChange(ids: string[]): void }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Annotators</legend>
      <div className={styles.people}>
        {people.map((person) => (
          <label key={person.id} className={styles.person}>
            <input type="checkbox" checked={value.includes(person.id)} onChange={(e) => onChange(e.target.checked ? [...value, person.id] : value.filter((id) => id !== person.id))} />
            <span>{person.name}</span>
            <span className={styles.personMeta}>
              {person.email} · {person.role.toLowerCase()}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
