/**
 * Okabe–Ito, the colour-blind-safe palette (UI.md "Colour"). Outcomes keep one colour everywhere,
 * so a reader who learnt "vermillion = removed globally" on one chart can trust it on the next.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export const OUTCOME_COLOURS: Record<string, string> = {
  removed_global: '#D55E00',
  restricted_local: '#E69F00',
  restricted_other: '#CC79A7',
  no_action: '#009E73',
  pending: '#999999',
  invalid_request: '#56B4E9',
  content_unavailable: '#0072B2',
};

export const APPEAL_COLOURS: Record<string, string> = {
  upheld: '#0072B2',
  reversed: '#D55E00',
  partially_reversed: '#E69F00',
  withdrawn: '#999999',
  pending: '#CCCCCC',
};

/** Colour of the series left over when only the largest keys get their own ("Other"). */
export const OTHER_COLOUR = '#BBBBBB';

/** Colour of key number `index` of a categorical series (outcomes keep their fixed colours). */
export function seriesColour(key: string, index: number): string {
  return (
    OUTCOME_COLOURS[key] ??
    APPEAL_COLOURS[key] ??
    (key === 'other' ? OTHER_COLOUR : (OKABE_ITO[index % OKABE_ITO.length] as string))
  );
}

/** The one accent colour (removal rate, the selected series). */
export const ACCENT = '#0072B2';
