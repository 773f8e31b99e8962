/** The generator's running state per agency: draw tables per phase, borrowed items, externalId sequence. */
import type { AuthorKind, Channel } from '../../../shared/enums.ts';
import { type AgencyPhase, type AgencyProfile, phasesOf } from './profile.ts';
import { type WeightedTable, weightedTable } from './rng.ts';

/** An agency's draw tables for one phase of its behaviour. */
export interface Tables {
  phase: AgencyPhase;
  from: string;
  platforms: WeightedTable<string>;
}

/** Per agency: static tables, its phases, and its externalId sequence (restarting each year). */
export class AgencyState {
  readonly channels: WeightedTable<Channel>;
  readonly authors: WeightedTable<AuthorKind>;
  readonly phases: Tables[];
  phase = 0;
  /** Items generated beyond the quotas so far: a large request borrows from the following days. */
  owed = 0;
  year = '';
  sequence = 0;

  constructor(readonly profile: AgencyProfile) {
    this.channels = weightedTable(profile.channels as Record<Channel, number>);
    this.authors = weightedTable(profile.authors as Record<AuthorKind, number>);
    this.phases = phasesOf(profile).map(({ from, phase }) => ({
      from,
      phase,
      platforms: weightedTable(phase.platforms),
    }));
  }

  /** The tables in force on `day` (days only move forward). */
  at(day: string): Tables {
    while (this.phase + 1 < this.phases.length && (this.phases[this.phase + 1] as Tables).from <= day) this.phase++;
    return this.phases[this.phase] as Tables;
  }

  nextExternalId(year: string): string {
    if (year !== this.year) {
      this.year = year;
      this.sequence = 0;
    }
    this.sequence++;
    return `${this.profile.code}-${year}-${String(this.sequence).padStart(6, '0')}`;
  }
}
