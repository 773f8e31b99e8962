/** For command-line entry points: an operator gets one sentence, not a stack trace. */
export function exitWithError(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
