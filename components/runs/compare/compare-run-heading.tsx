import Link from "next/link";
import styles from "./compare.module.css";

export type TComparedRunLabel = { id: string; name: string; colour: string };

/** A compared run as a column's heading: its colour in the charts, and a link to its page. */
export function CompareRunHeading({ run }: { run: TComparedRunLabel }) {
  return (
    <span className={styles.runHeading}>
      <span className={styles.swatch} style={{ background: run.colour }} aria-hidden="true" />
      <Link href={`/experiments/runs/${run.id}`} title={run.name}>
        {run.name}
      </Link>
    </span>
  );
}
