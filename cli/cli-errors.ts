// What ends the CLI early, with the exit status it ends with: 2 for bad usage or input (with
// the usage text when it helps), 1 for a studio that cannot be reached or says no, 130 for
// Ctrl-C (as shells report SIGINT).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 130 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export class UsageError extends CliError {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message, 2);
    this.name = "UsageError";
  }
}
