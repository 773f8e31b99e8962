/** Validation problems: which record, which field, why (INTERCHANGE.md "Semantics"). */
import type { z } from 'zod';

export interface Problem {
  /** Position of the record in the batch (API) … */
  index?: number;
  /** … or its line in a file (import). */
  line?: number;
  /** Field path inside the record, e.g. `items[0].outcome`; empty for the whole record. */
  path: string;
  message: string;
}

/** `['items', 0, 'outcome']` → `items[0].outcome`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turns zod issues into problems; `stripPrefix` drops the batch wrapper (`requests[3]`) into `index`. */
export function problemsFromZod(error: z.ZodError, stripPrefix?: string): Problem[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    if (stripPrefix && path[0] === stripPrefix && typeof path[1] === 'number') {
      const index = path[1];
      return { index, path: formatPath(path.slice(2)), message: issue.message };
    }
    return { path: formatPath(path), message: issue.message };
  });
}

export function describeProblem(p: Problem): string {
  const where = p.line !== undefined ? `line ${p.line}` : p.index !== undefined ? `record ${p.index}` : 'input';
  return `${where}${p.path ? `, ${p.path}` : ''}: ${p.message}`;
}
