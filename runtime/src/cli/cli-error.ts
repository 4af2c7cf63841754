/** A problem the user can fix (bad argument, unreadable file): printed as one line, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
