/** What the item's action forms share: the item's keys for the API, problems by field, and refreshing after a write. */
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { type Problem, problemsFromZod } from '../../../../../shared/problems.ts';
import { describeError } from '../../../lib/errors.ts';
import { queryClient } from '../../../lib/trpc.ts';
import type { FieldErrors } from '../fields.tsx';

export const itemKeys = (item: ItemDetailView) => ({
  source: item.request.source,
  requestExternalId: item.request.externalId,
  itemExternalId: item.externalId,
});

/** Problems by their path; those of no shown field under ''. */
export function errorsOf(problems: readonly Problem[], shown: readonly string[]): FieldErrors {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const key = shown.includes(p.path) ? p.path : '';
    out.set(key, [...(out.get(key) ?? []), p.message]);
  }
  return out;
}

/** A schema's verdict as problems (none when valid): the API's paths, before anything is sent. */
export function localProblems(result: { success: boolean; error?: unknown }): Problem[] {
  return result.success ? [] : problemsFromZod(result.error as Parameters<typeof problemsFromZod>[0]);
}

export function serverProblems(error: unknown): Problem[] {
  const problems = (error as { data?: { problems?: Problem[] } | null }).data?.problems;
  return Array.isArray(problems) && problems.length > 0
    ? problems
    : [{ path: '', message: describeError(error as { message: string }) }];
}

/** After a write: the item, its history, the lists and every figure may have changed. */
export const refreshAfterWrite = () => queryClient.invalidateQueries();
