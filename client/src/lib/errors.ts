/** An error as a reader can understand it: our server's messages are sentences; transport failures are not. */
export function describeError(error: { message: string } | null | undefined): string {
  const message = error?.message ?? '';
  if (!message || /JSON|fetch|network|Load failed|aborted/i.test(message)) {
    return 'the server could not be reached or did not answer properly';
  }
  return message.replace(/\.$/, '');
}
