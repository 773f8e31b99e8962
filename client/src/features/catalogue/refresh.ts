/** After a catalogue write every figure and list may change (counts move with a merge): refetch them all. */
import { queryClient } from '../../lib/trpc.ts';

export function refreshEverything(): Promise<void> {
  return queryClient.invalidateQueries();
}
