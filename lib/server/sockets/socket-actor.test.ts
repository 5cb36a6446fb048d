import { describe, expect, it, vi } from "vitest";
import type { TActor } from "@/lib/permissions";
import { socketActor, type TKeptActor } from "./socket-actor";

const member: TActor = { userId: "u", teamId: "t", role: "MEMBER" };

describe("socketActor", () => {
  it("reads the actor once per socket", async () => {
    const kept: { actor?: TKeptActor } = {};
    const read = vi.fn(async () => member);
    expect(await socketActor(kept, read)).toBe(member);
    expect(await socketActor(kept, read)).toBe(member);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("keeps no failed read", async () => {
    const kept: { actor?: TKeptActor } = {};
    const read = vi.fn().mockRejectedValueOnce(new Error("database away")).mockResolvedValue(member);
    await expect(socketActor(kept, read)).rejects.toThrow("database away");
    expect(await socketActor(kept, read)).toBe(member);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
