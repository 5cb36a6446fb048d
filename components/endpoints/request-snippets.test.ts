import { describe, expect, it } from "vitest";
import { curlSnippet, pythonSnippet } from "./request-snippets";

describe("snippets that call an endpoint", () => {
  it("quotes the body for the shell, a single quote in it too, and reads the token from the environment", () => {
    const snippet = curlSnippet("http://studio/v2/models/churn/infer", { inputs: [{ name: "it's", data: [1] }] });
    expect(snippet).toContain(`-d '{"inputs":[{"name":"it'\\''s","data":[1]}]}'`);
    expect(snippet).toContain('"Authorization: Bearer $MLSTUDIO_API_TOKEN"');
  });

  it("sends the body as requests' json= with the token from os.environ", () => {
    const snippet = pythonSnippet("http://studio/api/v1/endpoints/churn/invocations", { inputs: [[0.5], [0.5]] });
    expect(snippet).toContain("json={\n        \"inputs\": [\n            [0.5],\n            [0.5],\n        ],\n    },");
    expect(snippet).toContain("os.environ['MLSTUDIO_API_TOKEN']");
  });
});
