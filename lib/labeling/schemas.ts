import { z } from "zod";
import type { LabelingTemplate } from "@prisma/client";
import { STUDIO_INBOUND } from "@/lib/protocol/studio-events";
import { ZLabelingTemplate, ZLabels, ZResult, ZItemData, type TLabelingTemplate } from "./results";

const ZId = z.string().min(1).max(64);

export const TEMPLATE_ENUM: Record<TLabelingTemplate, LabelingTemplate> = {
  image_classification: "IMAGE_CLASSIFICATION",
  image_multilabel: "IMAGE_MULTILABEL",
  object_detection: "OBJECT_DETECTION",
  text_classification: "TEXT_CLASSIFICATION",
  ner: "NER",
};

export function templateName(template: LabelingTemplate): TLabelingTemplate {
  return template.toLowerCase() as TLabelingTemplate;
}

export const TEMPLATE_TITLES: Record<TLabelingTemplate, string> = {
  image_classification: "Image classification",
  image_multilabel: "Image classification, several labels",
  object_detection: "Object detection (boxes)",
  text_classification: "Text classification",
  ner: "Named entities (spans)",
};

export const MAX_OVERLAP = 10;

export const ZCreateLabelingProjectBody = z.object({
  name: z.string().trim().min(1, "Name the project.").max(200),
  datasetId: ZId,
  versionNumber: z.number().int().min(1),
  template: ZLabelingTemplate,
  labels: ZLabels,
  instructions: z.string().trim().max(20_000).default(""),
  overlap: z.number().int().min(1).max(MAX_OVERLAP).default(1),
  lockMinutes: z.number().int().min(1).max(24 * 60).default(10),
  /** Text templates over a table: the column that holds the text. */
  textColumn: z.string().trim().min(1).max(200).optional(),
  annotatorIds: z.array(ZId).max(1000).default([]),
});
export type TCreateLabelingProjectBody = z.input<typeof ZCreateLabelingProjectBody>;

export const ZUpdateLabelingProjectBody = z.object({
  labels: ZLabels.optional(),
  instructions: z.string().trim().max(20_000).optional(),
  annotatorIds: z.array(ZId).max(1000).optional(),
});
export type TUpdateLabelingProjectBody = z.infer<typeof ZUpdateLabelingProjectBody>;

export const ZProjectParams = z.object({ id: ZId });
export const ZItemParams = z.object({ id: ZId, itemId: ZId });

/** What an annotator is given: the item, its suggestion, and their earlier answer when the
 * item came back from review (with the reviewer's comment) or they went back to it. */
export const ZAnnotatorItem = z.object({
  id: z.string(),
  position: z.number(),
  data: ZItemData,
  prediction: ZResult.nullable(),
  previous: ZResult.nullable(),
  reviewComment: z.string().nullable(),
  lockExpiresAt: z.date().nullable(),
});
export type TAnnotatorItem = z.infer<typeof ZAnnotatorItem>;

export const ZNextItemAnswer = z.object({ item: ZAnnotatorItem.nullable(), remaining: z.number() });
export type TNextItemAnswer = z.infer<typeof ZNextItemAnswer>;

/** The same on the socket (labeling:submit) and over REST. */
export const ZSubmitAnnotationBody = STUDIO_INBOUND["labeling:submit"].shape.body;
export type TSubmitAnnotationBody = z.infer<typeof ZSubmitAnnotationBody>;

export const ZReviewBody = z.discriminatedUnion("action", [
  /** The final label is the given one, or the majority of the annotations. */
  z.object({ action: z.literal("accept"), result: ZResult.optional() }),
  z.object({ action: z.literal("reject"), annotationId: ZId, comment: z.string().trim().min(1, "Say what to fix.").max(2000) }),
  z.object({ action: z.literal("fix"), result: ZResult }),
]);
export type TReviewBody = z.infer<typeof ZReviewBody>;

export const ZReviewQuery = z.object({
  state: z.enum(["to_review", "reviewed", "rejected", "all"]).default("to_review"),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
