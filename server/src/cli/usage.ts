/** A wrong command line: the message, and the usage text of the command it was for. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}
