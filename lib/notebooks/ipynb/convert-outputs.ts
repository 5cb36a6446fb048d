// A code cell's outputs between the studio's stored form (the kernel's messages, msg_type
// and content) and nbformat's (keys in Jupyter's sorted order), both ways. Only what a reader sees travels: transient
// display ids and clear_output markers are bookkeeping of a live kernel.
import { AppError } from "@/lib/errors";
import type { TKernelOutput } from "@/lib/protocol";
import type { TIpynbOutput } from "./ipynb-types";
import { joinLines, joinMimeBundle, splitLines, splitMimeBundle } from "./multiline-text";

type TShownOutput = Exclude<TKernelOutput, { msg_type: "clear_output" | "update_display_data" }>;

function toIpynbOutput(output: TShownOutput): TIpynbOutput {
  switch (output.msg_type) {
    case "stream":
      return { name: output.content.name, output_type: "stream", text: splitLines(output.content.text) };
    case "display_data":
      return { data: splitMimeBundle(output.content.data), metadata: output.content.metadata, output_type: "display_data" };
    case "execute_result": {
      const { data, metadata, execution_count } = output.content;
      return { data: splitMimeBundle(data), execution_count, metadata, output_type: "execute_result" };
    }
    case "error":
      return { ename: output.content.ename, evalue: output.content.evalue, output_type: "error", traceback: output.content.traceback };
  }
}

function isShown(output: TKernelOutput): output is TShownOutput {
  return output.msg_type !== "clear_output" && output.msg_type !== "update_display_data";
}

/** Stored outputs in order; consecutive streams of one name merge, as in Jupyter's output area. */
export function toIpynbOutputs(outputs: TKernelOutput[]): TIpynbOutput[] {
  const merged: TShownOutput[] = [];
  for (const output of outputs.filter(isShown)) {
    const last = merged.at(-1);
    if (output.msg_type === "stream" && last?.msg_type === "stream" && last.content.name === output.content.name) {
      merged[merged.length - 1] = { msg_type: "stream", content: { name: last.content.name, text: last.content.text + output.content.text } };
    } else merged.push(output);
  }
  return merged.map(toIpynbOutput);
}

/** One nbformat output as the kernel would have sent it; `path` names it in an error ("cells/3/outputs/0"). */
export function fromIpynbOutput(output: TIpynbOutput, path: string): TKernelOutput {
  switch (output.output_type) {
    case "stream":
      // The studio's output area knows the two streams a kernel has; Jupyter writes no other.
      if (output.name !== "stdout" && output.name !== "stderr") throw new AppError("bad_input", `${path}/name: must be stdout or stderr`);
      return { msg_type: "stream", content: { name: output.name, text: joinLines(output.text) } };
    case "display_data":
      return { msg_type: "display_data", content: { data: joinMimeBundle(output.data), metadata: output.metadata } };
    case "execute_result":
      return {
        msg_type: "execute_result",
        content: { data: joinMimeBundle(output.data), metadata: output.metadata, execution_count: output.execution_count },
      };
    case "error":
      return { msg_type: "error", content: { ename: output.ename, evalue: output.evalue, traceback: output.traceback } };
  }
}
