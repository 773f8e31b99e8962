/** The demo data's time frame: fixed, so the output never depends on today's date. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const FIRST_DAY = Date.UTC(2019, 0, 1);
/** Nothing happens after this instant: later decisions and appeals are still pending. */
export const END = Date.UTC(2025, 11, 31, 23, 59, 59);
export const DAYS = Math.floor((END - FIRST_DAY) / DAY_MS) + 1;

/** ISO 8601 with whole seconds, as a person or a platform would record it. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** Relative volume by month (January … December): summer and year-end lulls. */
export const MONTH_FACTOR = [0.92, 1, 1.03, 1, 1.02, 0.97, 0.9, 0.85, 1, 1.05, 1.05, 0.93];
