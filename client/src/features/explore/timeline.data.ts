/** An item's life as dated steps (submitted → decided → appealed → appeal decided), each with the time since the step before. */
import { formatHours, humanize, outcomeLabel } from '../../../../shared/format.ts';
import type { ListedItem } from '../../../../shared/item-list.ts';

export interface TimelineStep {
  label: string;
  at: string | null;
  /** "2.4 days after submission"; null when either date is unknown. */
  after: string | null;
  detail?: string;
}

const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
const since = (from: string | null, to: string | null, what: string) =>
  from && to ? `${formatHours(Math.max(0, hoursBetween(from, to)))} after ${what}` : null;

export function itemTimeline(item: ListedItem): TimelineStep[] {
  const submitted = item.request.submittedAt;
  const steps: TimelineStep[] = [
    { label: 'Request submitted', at: submitted, after: null, detail: humanize(item.request.channel) },
  ];
  if (item.outcome === 'pending') steps.push({ label: 'Awaiting decision', at: null, after: null });
  else
    steps.push({
      label: `Decided: ${outcomeLabel(item.outcome)}`,
      at: item.decidedAt,
      after: since(submitted, item.decidedAt, 'submission'),
      detail: item.outcomeBasis ? `basis: ${humanize(item.outcomeBasis)}` : undefined,
    });
  const appeals = [...item.appeals].sort((a, b) => (a.filedAt ?? '').localeCompare(b.filedAt ?? ''));
  for (const appeal of appeals) {
    const by = appeal.appellant ? ` by ${humanize(appeal.appellant).toLowerCase()}` : '';
    steps.push({
      label: `Appealed${by}`,
      at: appeal.filedAt,
      after: since(item.decidedAt, appeal.filedAt, 'the decision'),
      detail: appeal.venue ? humanize(appeal.venue) : undefined,
    });
    steps.push(
      appeal.outcome === 'pending'
        ? { label: 'Appeal pending', at: null, after: null }
        : {
            label: `Appeal decided: ${humanize(appeal.outcome)}`,
            at: appeal.decidedAt,
            after: since(appeal.filedAt, appeal.decidedAt, 'the appeal'),
          },
    );
  }
  return steps;
}
