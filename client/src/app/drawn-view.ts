/**
 * Which view the figures on screen belong to. With `keepPreviousData` a changed filter keeps the
 * previous view's numbers up until the new ones arrive; cards mark that state (aria-busy, dimmed)
 * and set `data-view` to the URL their figures were drawn for, '' while there are none or they are
 * still the previous view's. Browser tests wait for it to equal the page's URL.
 */
import { useRouterState } from '@tanstack/react-router';

export function useDrawnView(drawn: boolean): string {
  const here = useRouterState({ select: (s) => s.location.pathname + s.location.searchStr });
  return drawn ? here : '';
}
