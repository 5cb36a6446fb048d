import { z } from "zod";
import { ZArtifactPath } from "@/lib/protocol/sdk-events";
import { ZRunParams } from "./schemas";

/** A run's file by its path as logged. Next gives a catch-all segment's parts ([...path]);
 * a client may also send the path as one segment with its slashes encoded. Either way the
 * path is one the SDK could have logged: relative, without "..". */
export const ZRunArtifactParams = ZRunParams.extend({
  path: z.preprocess((parts) => (Array.isArray(parts) ? parts.join("/") : parts), ZArtifactPath),
});
