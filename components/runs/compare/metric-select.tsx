import { Select } from "@/components/ui/select";
import styles from "./compare.module.css";

type TMetricSelectProps = {
  id: string;
  value: string;
  onChange: (metric: string) => void;
  metricKeys: readonly string[];
  /** Those every run logged, offered first. */
  commonMetricKeys: readonly string[];
};

/** A choice of metric, those every compared run logged apart from the others. */
export function MetricSelect({ id, value, onChange, metricKeys, commonMetricKeys }: TMetricSelectProps) {
  const others = metricKeys.filter((key) => !commonMetricKeys.includes(key));
  const options = (keys: readonly string[]) =>
    keys.map((key) => (
      <option key={key} value={key}>
        {key}
      </option>
    ));
  return (
    <Select id={id} size="sm" className={styles.metricSelect} value={value} onChange={(event) => onChange(event.target.value)}>
      {commonMetricKeys.length > 0 && others.length > 0 ? (
        <>
          <optgroup label="Logged by every run">{options(commonMetricKeys)}</optgroup>
          <optgroup label="Logged by some runs">{options(others)}</optgroup>
        </>
      ) : (
        options(metricKeys)
      )}
    </Select>
  );
}
