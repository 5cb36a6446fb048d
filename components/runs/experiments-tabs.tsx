import { TabNav } from "@/components/ui/tab-nav";

/** Runs, training jobs and sweeps: the lists of the Experiments area. */
export function ExperimentsTabs({ current }: { current: "runs" | "jobs" | "sweeps" }) {
  return (
    <TabNav
      label="Experiments"
      tabs={[
        { href: "/experiments", label: "Runs", isCurrent: current === "runs" },
        { href: "/experiments/jobs", label: "Jobs", isCurrent: current === "jobs" },
        { href: "/experiments/sweeps", label: "Sweeps", isCurrent: current === "sweeps" },
      ]}
    />
  );
}
