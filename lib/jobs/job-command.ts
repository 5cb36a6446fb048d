// A job's command with its params in place: `{lr}` becomes the param's value, quoted for the
// shell, so that no value (a space, a quote, `; rm -rf`) can change what the command does.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function commandParamNames(command: string) {
  return [...new Set([...command.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

export function shellQuote(value: string) {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function fillCommand(command: string, params: Record<string, unknown>) {
  return command.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? shellQuote(String(params[name])) : whole));
}
