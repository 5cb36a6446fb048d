// The parts of Label Studio's task JSON that ML Studio writes and reads. Label Studio keeps
// positions in percent of the image and names the control ("from_name") and the object it
// labels ("to_name"); exports use the names of Label Studio's default configs: "label" on
// "image" or "text".
import { z } from "zod";

export const LABEL_STUDIO_FROM_NAME = "label";

/** Label Studio result types that carry labels, by the result kind they map to. */
export const LABEL_STUDIO_TYPES = { choices: "choices", boxes: "rectanglelabels", spans: "labels" } as const;

/** Other labeling types a task may hold that no template here can take. */
export const UNSUPPORTED_LABEL_TYPE = /labels$|^choices$|^taxonomy$/;

const ZPercent = z.number().finite();

export const ZLabelStudioChoices = z.object({
  type: z.literal("choices"),
  value: z.object({ choices: z.array(z.string()) }),
});

export const ZLabelStudioRectangle = z.object({
  type: z.literal("rectanglelabels"),
  original_width: z.number().int().positive().optional(),
  original_height: z.number().int().positive().optional(),
  value: z.object({
    x: ZPercent,
    y: ZPercent,
    width: ZPercent.nonnegative(),
    height: ZPercent.nonnegative(),
    rotation: z.number().optional(),
    rectanglelabels: z.array(z.string()).length(1, "A box has exactly one label."),
  }),
});

export const ZLabelStudioSpan = z.object({
  type: z.literal("labels"),
  value: z.object({
    start: z.number().int().nonnegative("Spans need character offsets (plain Text, not HyperText)."),
    end: z.number().int().positive(),
    text: z.string().optional(),
    labels: z.array(z.string()).length(1, "A span has exactly one label."),
  }),
});

/** A result item of any type; its type decides which schema above it is read with. */
export const ZLabelStudioResultItem = z.looseObject({ type: z.string() });

const ZLabelStudioAnnotation = z.looseObject({
  result: z.array(ZLabelStudioResultItem).default([]),
  was_cancelled: z.boolean().optional(),
});

export const ZLabelStudioTask = z.looseObject({
  data: z.record(z.string(), z.unknown()),
  annotations: z.array(ZLabelStudioAnnotation).default([]),
  predictions: z.array(ZLabelStudioAnnotation).default([]),
});
export type TLabelStudioTask = z.infer<typeof ZLabelStudioTask>;

export type TLabelStudioResultItem = { id: string; type: string; from_name: string; to_name: string } & Record<string, unknown>;
