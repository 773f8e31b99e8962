/** The appeal form's state: blank for a new appeal, or an appeal already recorded, read in the form's zone. */
import type { WallTime } from '../../../../../shared/entry-form.ts';
import type { AppealOutcome, AppealVenue, Appellant } from '../../../../../shared/enums.ts';
import type { ListedAppeal } from '../../../../../shared/item-list.ts';
import { utcToZoned } from '../../../../../shared/zoned-time.ts';

export interface AppealDraft {
  externalId: string;
  appellant: Appellant | '';
  venue: AppealVenue | '';
  filed: WallTime;
  outcome: AppealOutcome;
  decided: WallTime;
}

const wall = (iso: string | null, zone: string): WallTime => (iso ? utcToZoned(iso, zone) : { date: '', time: '' });

export function appealDraft(appeal: ListedAppeal | undefined, next: number, zone: string): AppealDraft {
  if (!appeal) {
    const blank = { date: '', time: '' };
    return { externalId: `appeal-${next}`, appellant: '', venue: '', filed: blank, outcome: 'pending', decided: blank };
  }
  return {
    externalId: appeal.externalId,
    appellant: (appeal.appellant as Appellant | null | undefined) ?? '',
    venue: (appeal.venue as AppealVenue | null) ?? '',
    filed: wall(appeal.filedAt, zone),
    outcome: appeal.outcome as AppealOutcome,
    decided: wall(appeal.decidedAt, zone),
  };
}
