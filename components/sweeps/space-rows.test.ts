import { describe, expect, it } from "vitest";
import { newSpaceRow, rowsFromParams, spaceFromRows } from "./space-rows";

describe("the new-sweep form's params", () => {
  it("reads fixed values, choices and ranges into params and a search space", () => {
    const rows = [
      newSpaceRow(1, { name: "epochs", value: "20" }),
      newSpaceRow(2, { name: "optimizer", kind: "choice", value: "adam, sgd" }),
      newSpaceRow(3, { name: "layers", kind: "int", min: "1", max: "4" }),
      newSpaceRow(4, { name: "lr", kind: "float", min: "0.0001", max: "0.1", isLog: true }),
      newSpaceRow(5),
    ];
    expect(spaceFromRows(rows)).toEqual({
      params: { epochs: 20 },
      space: {
        optimizer: { type: "choice", values: ["adam", "sgd"] },
        layers: { type: "int", min: 1, max: 4, log: false },
        lr: { type: "float", min: 0.0001, max: 0.1, log: true },
      },
      errors: {},
    });
  });

  it("says what is wrong with a row, and leaves it out", () => {
    const rows = [
      newSpaceRow(1, { name: "a", kind: "choice", value: " , " }),
      newSpaceRow(2, { name: "b", kind: "int", min: "1.5", max: "3" }),
      newSpaceRow(3, { name: "c", kind: "float", min: "2", max: "1" }),
      newSpaceRow(4, { name: "d", kind: "float", min: "0", max: "1", isLog: true }),
      newSpaceRow(5, { name: "e", kind: "float", min: "", max: "1" }),
      newSpaceRow(6, { name: "a", value: "1" }),
      newSpaceRow(7, { value: "3" }),
      newSpaceRow(8, { name: "f", kind: "choice", value: "1, 1" }),
    ];
    const { space, errors } = spaceFromRows(rows);
    expect(space).toEqual({});
    expect(errors).toEqual({
      1: "List the values to try, separated by commas.",
      2: "An int range goes from a whole number to a whole number.",
      3: "The range's start is above its end.",
      4: "A log-scale range starts above 0.",
      5: "Give the range a number at each end.",
      6: '"a" is named twice.',
      7: "Name this param, or remove the row.",
      8: "A value is listed twice.",
    });
  });

  it("starts from a job's params, fixed as they were", () => {
    expect(rowsFromParams({ lr: 0.01, model: "cnn" })).toEqual([newSpaceRow(1, { name: "lr", value: "0.01" }), newSpaceRow(2, { name: "model", value: "cnn" })]);
  });
});
