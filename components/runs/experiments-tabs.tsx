import { TabNav } from "@/components/ui/tab-nav";

/** Runs and training jobs: the two lists of the Experiments area. */
export function ExperimentsTabs({ current }: { current: "runs" | "jobs" }) {
  return (
    <TabNav
      label="Experiments"
      tabs={[
        { href: "/experiments", label: "Runs", isCurrent: current === "runs" },
        { href: "/experiments/jobs", label: "Jobs", isCurrent: current === "jobs" },
      ]}
    />
  );
}
