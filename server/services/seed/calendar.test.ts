import { expect, test } from 'vitest';
import { DAY_MS, END, FIRST_DAY, iso } from './calendar.ts';

test('iso gives what Date#toISOString gives for the whole second, across the demo period and its edges', () => {
  const whole = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const edges = [
    FIRST_DAY,
    FIRST_DAY - 1,
    END,
    END + 999,
    Date.UTC(2020, 1, 29, 23, 59, 59, 999),
    Date.UTC(2024, 11, 31, 23, 59, 59, 500),
    Date.UTC(2021, 5, 15, 0, 0, 0, 1),
    Date.UTC(1969, 11, 31, 23, 59, 59, 999),
    0,
  ];
  for (const ms of edges) expect(iso(ms)).toBe(whole(ms));
  // Every hour of the period at a varying minute, second and fraction (a fixed walk, not random).
  for (let ms = FIRST_DAY, step = 0; ms <= END + DAY_MS; ms += 3_600_000 + (step++ % 3_599) * 1_001 + 0.25) {
    expect(iso(ms)).toBe(whole(ms));
  }
});
