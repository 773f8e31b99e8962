/** A refused write's problems by field, so each message can sit at its field (and be read with it). */

interface ServerError {
  message: string;
  data?: { problems?: { path?: string; message: string }[] } | null;
}

/** Messages by top-level field name; problems naming no field are left to the form's sentence. */
export function fieldErrorsOf(error: ServerError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of error?.data?.problems ?? []) {
    const field = p.path?.split('.')[0];
    if (field && !(field in out)) out[field] = p.message;
  }
  return out;
}
