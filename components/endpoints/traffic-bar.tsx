import styles from "./endpoints.module.css";

type TShare = { label: string; colour: string; trafficPercent: number };

/** How the endpoint's requests are split between its live versions, as one bar in the charts' colours. */
export function TrafficBar({ shares }: { shares: TShare[] }) {
  const said = shares.map((share) => `${share.label} ${share.trafficPercent}%`).join(", ");
  return (
    <div className={styles.trafficBar} role="img" aria-label={`Traffic split: ${said}`}>
      {shares.map((share) => (
        <span key={share.label} title={`${share.label}: ${share.trafficPercent}%`} style={{ width: `${share.trafficPercent}%`, background: share.colour }} />
      ))}
    </div>
  );
}
