// The OpenAPI document, generated from the routes' zod schemas (never written twice).
import { z } from "zod";
import type { TRoute } from "./define-route";

function toSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, {
    io,
    target: "openapi-3.0",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
    },
  });
}

function parametersOf(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const ERROR_RESPONSE = { description: "An error: { code, message, fieldErrors? }" };

export function buildOpenApiDocument(routes: TRoute[]) {
  const paths: Record<string, Record<string, object>> = {};
  for (const { spec } of routes) {
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      security: spec.isPublic ? [] : [{ bearerAuth: [] }],
      parameters: [...parametersOf(spec.params, "path"), ...parametersOf(spec.query, "query")],
      ...(spec.body && {
        requestBody: {
          required: true,
          content: spec.isBinaryBody
            ? { "application/octet-stream": { schema: { type: "string", format: "binary" } } }
            : { "application/json": { schema: toSchema(spec.body, "input") } },
        },
      }),
      responses: {
        [spec.method === "POST" ? "201" : "200"]: spec.file
          ? { description: spec.file.description, content: { [spec.file.contentType]: { schema: { type: "string", format: "binary" } } } }
          : { description: "Success", content: { "application/json": { schema: toSchema(spec.response, "output") } } },
        ...(spec.isPublic ? {} : { 401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 404: ERROR_RESPONSE }),
        422: ERROR_RESPONSE,
        ...(spec.body && { 413: ERROR_RESPONSE }),
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "ML Studio API", version: "1" },
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (mls_…)" } } },
    paths,
  };
}
