import { describe, expect, it } from "vitest";
import { bestPositions, isLowerBetter } from "./metric-ranking";

describe("the best of versions' metric values", () => {
  it("takes losses, errors and times as better low, other metrics as better high", () => {
    expect(["loss", "val_loss", "rmse", "mean_absolute_error", "test_err", "latency_p95", "train_time", "log_loss", "logloss", "meanAbsoluteError"].every(isLowerBetter)).toBe(true);
    expect(["accuracy", "f1", "roc_auc", "r2", "precision", "recall", "timeliness_score"].some(isLowerBetter)).toBe(false);
  });

  it("marks the lowest loss and the highest accuracy, every one of a tie", () => {
    expect([...bestPositions("loss", [0.3, 0.1, 0.2])]).toEqual([1]);
    expect([...bestPositions("accuracy", [0.9, 0.95, 0.95])]).toEqual([1, 2]);
  });

  it("marks nothing when nothing stands out: one number, or all the same", () => {
    expect(bestPositions("accuracy", [0.9, undefined, "n/a"]).size).toBe(0);
    expect(bestPositions("accuracy", [0.9, 0.9]).size).toBe(0);
  });
});
