/**
 * Whether a call was refused because the session ended (idle or absolute limit, or signed out in
 * another tab). A tiny store outside React Query: any query or mutation can set it, the header reads it.
 */
import { useSyncExternalStore } from 'react';

let ended = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (ended === value) return;
  ended = value;
  for (const listener of listeners) listener();
}

/** The server's words for a cookie that opens nothing any more (server/context.ts). */
const SESSION_ENDED = /session has ended/i;

/** A signed-in account's auth.me came back null without a sign-out here: the session ended. */
export const markSessionEnded = (): void => set(true);

/** True when `error` is a 401 answered for an ended session; records it. */
export function noteSessionEnded(error: unknown): boolean {
  const e = error as { data?: { httpStatus?: number } | null; message?: string } | null;
  if (e?.data?.httpStatus !== 401 || !SESSION_ENDED.test(e.message ?? '')) return false;
  set(true);
  return true;
}

export const clearSessionEnded = (): void => set(false);

export function useSessionEnded(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => ended,
  );
}
