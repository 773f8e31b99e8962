/** An item's audited writes (items.history) as timeline sentences: what changed, when, by whom. */
import type { AuditChange, AuditEntryView, AuditValue } from '../../../../../shared/audit.ts';
import { humanize, outcomeLabel } from '../../../../../shared/format.ts';

export interface HistoryStep {
  id: number;
  at: string;
  label: string;
  detail: string | null;
  by: string;
}

/** `user:3:sam@example.org` → `sam@example.org`; `token:5` → `API token 5`; `cli:import` → `import (command line)`. */
export function actorName(actor: string): string {
  const user = /^user:\d+:(.+)$/.exec(actor);
  if (user) return user[1] as string;
  const token = /^token:(\d+)$/.exec(actor);
  if (token) return `API token ${token[1]}`;
  const cli = /^cli:(.+)$/.exec(actor);
  return cli ? `${cli[1]} (command line)` : actor;
}

const show = (field: string, v: AuditValue): string => {
  if (v === null) return '—';
  if (typeof v !== 'string') return JSON.stringify(v);
  if (field.endsWith('outcome')) return outcomeLabel(v).toLowerCase();
  if (/(_at|At)$/.test(field)) return `${v.slice(0, 16).replace('T', ' ')} UTC`;
  // Enumerated values (internal_review, content_author) read as words; ids and free text as written.
  return /^[a-z]+(_[a-z]+)+$/.test(v) ? humanize(v).toLowerCase() : v;
};

/** `decidedAt`, `decided_at` → `decided at`. */
const fieldName = (field: string) => humanize(field.replace(/([a-z])([A-Z])/g, '$1_$2')).toLowerCase();

const describe = (c: AuditChange) =>
  c.kind === 'added'
    ? `${fieldName(c.field)}: ${show(c.field, c.after)}`
    : `${fieldName(c.field)}: ${show(c.field, c.before)} → ${show(c.field, c.after)}`;

function labelOf(e: AuditEntryView): { label: string; detail: string | null } {
  const changed = (field: string) => e.changes.find((c) => c.field === field);
  const rest = (skip: string[]) =>
    e.changes
      .filter((c) => !skip.includes(c.field))
      .map(describe)
      .join('; ') || null;
  const appealId = e.entityKey.split('/').at(-1) ?? '';
  if (e.entity === 'request') {
    if (e.action === 'create') return { label: 'Request recorded', detail: null };
    if (e.action === 'retract') {
      const reason = changed('retractionReason')?.after;
      return { label: 'Request retracted', detail: typeof reason === 'string' ? `reason: ${reason}` : null };
    }
    return { label: 'Request corrected', detail: rest([]) };
  }
  if (e.entity === 'item') {
    const outcome = changed('outcome');
    return outcome
      ? {
          label: `Outcome ${outcome.before === 'pending' ? 'recorded' : 'corrected'}: ${show('outcome', outcome.after)}`,
          detail: rest(['outcome']),
        }
      : { label: 'Decision details corrected', detail: rest([]) };
  }
  const outcome = changed('outcome');
  if (e.action === 'create') {
    return { label: `Appeal ${appealId} recorded`, detail: rest([]) };
  }
  return outcome
    ? { label: `Appeal ${appealId} decided: ${show('outcome', outcome.after)}`, detail: rest(['outcome']) }
    : { label: `Appeal ${appealId} corrected`, detail: rest([]) };
}

export function historySteps(entries: readonly AuditEntryView[]): HistoryStep[] {
  return entries.map((e) => ({ id: e.id, at: e.at, by: actorName(e.actor), ...labelOf(e) }));
}
