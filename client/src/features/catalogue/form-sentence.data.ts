/** The sentence under a refused form: point at the marked fields when there are any, else say why. */
import { describeError } from '../../lib/errors.ts';

export function refusalSentence(
  verb: string,
  error: { message: string } | null,
  fieldErrors: Record<string, string>,
): string {
  const fields = Object.keys(fieldErrors).length;
  if (fields > 0) return `${verb}: correct the field${fields === 1 ? '' : 's'} marked above.`;
  return `${verb}: ${describeError(error)}.`;
}
