/**
 * An error the handouts CLI reports as one line. Exit code 2: the request itself cannot be done
 * (a flag, a value, the output folder, the build); nothing was written. Exit code 1: something
 * failed while rendering.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
