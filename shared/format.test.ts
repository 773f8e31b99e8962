import { describe, expect, test } from 'vitest';
import { formatChange, formatCount, formatDays, formatHours, formatRate, humanize, outcomeLabel } from './format.ts';

describe('formatting', () => {
  test('counts carry thousands separators', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });

  test('rates are percentages with one decimal, null is a dash', () => {
    expect(formatRate(0.54259)).toBe('54.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });

  test('durations use the largest sensible unit', () => {
    expect(formatHours(0.5)).toBe('30 minutes');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(47.2)).toBe('47.2 hours');
    expect(formatHours(57.6)).toBe('2.4 days');
    expect(formatHours(24 * 120)).toBe('3.9 months');
    expect(formatHours(24 * 800)).toBe('2.2 years');
    expect(formatHours(null)).toBe('—');
    expect(formatDays(9.1)).toBe('9.1 days');
  });

  test('changes: relative for counts, points for rates, a sentence when there is no base', () => {
    expect(formatChange(112, 100, 'count')).toEqual({ text: '▲ 12.0%', direction: 'up' });
    expect(formatChange(90, 100, 'duration')).toEqual({ text: '▼ 10.0%', direction: 'down' });
    expect(formatChange(5, 0, 'count').direction).toBe('none');
    expect(formatChange(0.54, 0.5, 'rate')).toEqual({ text: '▲ 4.0 pts', direction: 'up' });
    expect(formatChange(0.5, null, 'rate').direction).toBe('none');
    expect(formatChange(100, 100, 'count').text).toBe('no change');
  });

  test('slugs read as words', () => {
    expect(humanize('national_security')).toBe('National security');
    expect(outcomeLabel('removed_global')).toBe('Removed globally');
    expect(outcomeLabel('something_new')).toBe('Something new');
  });
});
