// What a labeling project asks for and what an annotation holds, for every template. The
// annotator view, the queue, review, agreement, export and import all speak these shapes.
// Boxes and positions are fractions of the image (0..1, from its top-left corner), so they
// stay right at any zoom; exports turn them into pixels with the image's own size.
import { z } from "zod";

export const LABELING_TEMPLATES = ["image_classification", "image_multilabel", "object_detection", "text_classification", "ner"] as const;
export const ZLabelingTemplate = z.enum(LABELING_TEMPLATES);
export type TLabelingTemplate = z.infer<typeof ZLabelingTemplate>;

/** Which item each template labels. */
export const TEMPLATE_MEDIA: Record<TLabelingTemplate, "image" | "text"> = {
  image_classification: "image",
  image_multilabel: "image",
  object_detection: "image",
  text_classification: "text",
  ner: "text",
};

const ZHexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour is #rrggbb.");

export const ZLabel = z.object({
  name: z.string().trim().min(1, "Name the label.").max(100),
  color: ZHexColor,
  /** One key, a letter or digit, that picks this label in the annotator view. */
  hotkey: z
    .string()
    .regex(/^[a-z0-9]$/, "A hotkey is one letter or digit.")
    .optional(),
});
export type TLabel = z.infer<typeof ZLabel>;

export const ZLabels = z
  .array(ZLabel)
  .min(1, "Add at least one label.")
  .max(200)
  .superRefine((labels, context) => {
    const names = new Set<string>();
    const keys = new Set<string>();
    labels.forEach((label, index) => {
      if (names.has(label.name)) context.addIssue({ code: "custom", path: [index, "name"], message: `"${label.name}" is there twice.` });
      if (label.hotkey && keys.has(label.hotkey)) context.addIssue({ code: "custom", path: [index, "hotkey"], message: `The key "${label.hotkey}" is taken.` });
      names.add(label.name);
      if (label.hotkey) keys.add(label.hotkey);
    });
  });

const ZFraction = z.number().min(0).max(1);

export const ZBox = z
  .object({ label: z.string().min(1).max(100), x: ZFraction, y: ZFraction, width: ZFraction, height: ZFraction })
  .refine((box) => box.x + box.width <= 1 + 1e-9 && box.y + box.height <= 1 + 1e-9, "A box stays inside its image.");
export type TBox = z.infer<typeof ZBox>;

/** A named-entity span: characters [start, end) of the item's text. */
export const ZSpan = z
  .object({ label: z.string().min(1).max(100), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((span) => span.end > span.start, "A span ends after it starts.");
export type TSpan = z.infer<typeof ZSpan>;

export const ZResult = z.discriminatedUnion("kind", [
  /** Classification: one label for single-label templates, any number for multi-label. */
  z.object({ kind: z.literal("choices"), choices: z.array(z.string().min(1).max(100)).max(200) }),
  z.object({ kind: z.literal("boxes"), boxes: z.array(ZBox).max(1000) }),
  z.object({ kind: z.literal("spans"), spans: z.array(ZSpan).max(1000) }),
]);
export type TResult = z.infer<typeof ZResult>;

/** What an item shows: an image of a dataset version (served by the studio), or a text. */
export const ZItemData = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("image"),
    /** The image's path inside its dataset version, e.g. "cats/001.jpg". */
    path: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  z.object({ kind: z.literal("text"), text: z.string() }),
]);
export type TItemData = z.infer<typeof ZItemData>;

/** An item with what was said about it, as review, agreement and export read it. */
export type TLabeledItem = {
  id: string;
  /** Its place in the project, 0-based. */
  position: number;
  data: TItemData;
  /** Submitted annotations (not skipped), one per annotator. */
  annotations: { annotator: string; result: TResult; createdAt: Date }[];
  /** The label decided by review, or null when nobody decided yet (exports then take the majority). */
  final: TResult | null;
};

/** Whether a result fits a project: its kind matches the template and it names only its labels. */
export function resultFitsTemplate(result: TResult, template: TLabelingTemplate, labels: TLabel[]): string | null {
  const expected = template === "object_detection" ? "boxes" : template === "ner" ? "spans" : "choices";
  if (result.kind !== expected) return `This project takes ${expected}, not ${result.kind}.`;
  const names = new Set(labels.map((label) => label.name));
  const used = result.kind === "choices" ? result.choices : result.kind === "boxes" ? result.boxes.map((box) => box.label) : result.spans.map((span) => span.label);
  const unknown = used.find((name) => !names.has(name));
  if (unknown !== undefined) return `"${unknown}" is not a label of this project.`;
  if (result.kind === "choices" && template !== "image_multilabel" && result.choices.length !== 1) return "Pick exactly one label.";
  return null;
}
