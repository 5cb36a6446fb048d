"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import styles from "./endpoints.module.css";

type TProps = { endpointId: string; canary: { id: string; label: string; trafficPercent: number }; primaryLabel: string };

/** The canary's share of requests, by slider or by number; the primary version gets the rest. */
export function TrafficSplitForm({ endpointId, canary, primaryLabel }: TProps) {
  const router = useRouter();
  const id = useId();
  const [share, setShare] = useState(canary.trafficPercent);
  const save = useServerAction((trafficPercent: number) => postJson(`/api/v1/endpoints/${encodeURIComponent(endpointId)}/traffic`, { deploymentId: canary.id, trafficPercent }));
  const change = (value: string) => setShare(Math.min(100, Math.max(0, Math.round(Number(value) || 0))));
  return (
    <form
      className={styles.split}
      onSubmit={(event) => {
        event.preventDefault();
        save.run(share, () => router.refresh());
      }}
    >
      <label htmlFor={`${id}-range`} className={styles.splitLabel}>
        Share of {canary.label}
      </label>
      <input id={`${id}-range`} type="range" min={0} max={100} step={1} value={share} onChange={(event) => change(event.target.value)} aria-valuetext={`${share}% to ${canary.label}, ${100 - share}% to ${primaryLabel}`} />
      <Input className={styles.splitNumber} type="number" min={0} max={100} step={1} value={share} onChange={(event) => change(event.target.value)} aria-label={`Percent of requests to ${canary.label}`} />
      <span className={styles.muted}>
        % · {primaryLabel} gets {100 - share}%
      </span>
      <Button type="submit" size="sm" isPending={save.isPending} disabled={share === canary.trafficPercent}>
        Set split
      </Button>
      {save.formError && <InlineStatus tone="error">{save.formError}</InlineStatus>}
    </form>
  );
}
