// Which kernel session states mean what, in one place.
import type { ExecutionStatus, KernelState } from "@prisma/client";
import type { TExecuteStatus, TStudioPayload } from "@/lib/protocol";

/** A session that is, or will be, a usable kernel: a new one is not needed. */
export const LIVE_STATES: KernelState[] = ["QUEUED", "STARTING", "IDLE", "BUSY", "RESTARTING"];
/** The kernel exists on its worker and takes requests (executes queue behind a restart). */
export const READY_STATES: KernelState[] = ["IDLE", "BUSY", "RESTARTING"];
/** A kernel (alive or dead) is held by its worker: the worker must know the session. */
export const HELD_STATES: KernelState[] = ["STARTING", "IDLE", "BUSY", "RESTARTING", "DEAD"];

export type TKernelStateName = TStudioPayload<"notebook:kernel">["state"];

export function toKernelStateName(state: KernelState | null): TKernelStateName {
  return state ? (state.toLowerCase() as TKernelStateName) : "stopped";
}

export const IN_FLIGHT: ExecutionStatus[] = ["QUEUED", "RUNNING"];

export type TExecutionStatusName = TStudioPayload<"notebook:execution">["status"];

export function toExecutionStatusName(status: ExecutionStatus): TExecutionStatusName {
  return status.toLowerCase() as TExecutionStatusName;
}

export function fromExecuteStatus(status: TExecuteStatus): ExecutionStatus {
  return status.toUpperCase() as ExecutionStatus;
}
