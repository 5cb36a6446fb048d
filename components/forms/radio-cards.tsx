import styles from "./radio-cards.module.css";

export type TRadioCard<V extends string> = { value: V; title: string; description: string };

type TRadioCardsProps<V extends string> = {
  legend: string;
  /** The radios' name: the choice is also a form field. */
  name: string;
  options: TRadioCard<V>[];
  value: V;
  onChange: (value: V) => void;
};

/** One choice among a few, each with a line that explains it, as a group of radio cards. */
export function RadioCards<V extends string>({ legend, name, options, value, onChange }: TRadioCardsProps<V>) {
  return (
    <fieldset className={styles.cards}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value || "none"} className={styles.card}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className={styles.radio} />
          <span className={styles.text}>
            <span className={styles.title}>{option.title}</span>
            <span className={styles.description}>{option.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
