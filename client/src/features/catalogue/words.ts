import { formatCount } from '../../../../shared/format.ts';

/** "1 request", "2 requests", with thousands separators. */
export const plural = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
