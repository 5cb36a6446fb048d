// Ready-to-run calls of an endpoint, with the API token read from the environment (never
// pasted into a snippet): curl, and Python with requests.
import { toPythonLiteral } from "./format-literal";

/** A POSIX shell single-quoted word: ' itself closes, escapes and reopens. */
function shellQuote(text: string) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function curlSnippet(url: string, body: unknown) {
  return [
    `curl -X POST ${shellQuote(url)} \\`,
    `  -H "Authorization: Bearer $MLSTUDIO_API_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellQuote(JSON.stringify(body))}`,
  ].join("\n");
}

export function pythonSnippet(url: string, body: unknown) {
  return [
    "import os",
    "",
    "import requests",
    "",
    "response = requests.post(",
    `    ${JSON.stringify(url)},`,
    `    headers={"Authorization": f"Bearer {os.environ['MLSTUDIO_API_TOKEN']}"},`,
    `    json=${toPythonLiteral(body, "    ")},`,
    "    timeout=30,",
    ")",
    "response.raise_for_status()",
    "print(response.json())",
  ].join("\n");
}
