import { describe, expect, it } from "vitest";
import { ROUTES, openApiRoute } from "./route-registry";

describe("GET /api/v1/openapi.json", () => {
  it("describes every route from its zod schemas", async () => {
    const { status, body } = await openApiRoute.invoke(null, {});
    expect(status).toBe(200);
    // Walking a JSON document: every level is looked up by name.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = body as { openapi: string; paths: Record<string, Record<string, any>> };
    expect(doc.openapi).toBe("3.0.3");
    for (const route of ROUTES) expect(doc.paths[route.spec.path]?.[route.spec.method.toLowerCase()]).toBeDefined();
    const create = doc.paths["/api/v1/projects"].post;
    expect(create.requestBody.content["application/json"].schema.required).toContain("name");
    expect(create.responses["201"].content["application/json"].schema.properties.createdAt).toMatchObject({
      type: "string",
      format: "date-time",
    });
    // A file route is described as its bytes, not as JSON.
    expect(doc.paths["/api/v1/runs/{id}/metrics/{key}/csv"].get.responses["200"].content).toEqual({
      "text/csv; charset=utf-8": { schema: { type: "string", format: "binary" } },
    });
    expect(doc.paths["/api/v1/projects/{id}"].get.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
  });
});
