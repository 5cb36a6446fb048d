// The studio's REST API (/api/v1) as the CLI calls it, with an API token. Every answer is
// parsed with the schema the caller gives; failures become messages a person can act on.
import { z } from "zod";
import { CliError } from "./cli-errors";

const ZErrorBody = z.object({ message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() });

export type TStudioClient = ReturnType<typeof createStudioClient>;

function describeRefusal(status: number, body: unknown, server: string) {
  if (status === 401) return `The studio at ${server} refused the API token (401): create one in Team settings → Tokens, then pass --token or set MLSTUDIO_API_TOKEN.`;
  const error = ZErrorBody.safeParse(body);
  if (!error.success) return `The studio answered ${status}.`;
  const fields = Object.entries(error.data.fieldErrors ?? {}).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
  return [`${error.data.message} (${status})`, ...fields].join("\n");
}

export function createStudioClient(options: { server: string; token: string }) {
  const { server, token } = options;
  async function request<T>(schema: z.ZodType<T>, method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${server}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new CliError(`Cannot reach the studio at ${server}: start it with \`npm start\` or pass --server.`);
    }
    const answer = await response.json().catch(() => null);
    if (!response.ok) throw new CliError(describeRefusal(response.status, answer, server));
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw new CliError(`The studio at ${server} answered ${method} ${path} with something unexpected: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
  return {
    get: <T>(schema: z.ZodType<T>, path: string) => request(schema, "GET", path),
    post: <T>(schema: z.ZodType<T>, path: string, body: unknown) => request(schema, "POST", path, body),
    delete: <T>(schema: z.ZodType<T>, path: string) => request(schema, "DELETE", path),
  };
}
