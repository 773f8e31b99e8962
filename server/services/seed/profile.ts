/**
 * What a requesting body of the demo data is and how it behaves, and how that behaviour changes
 * over time (a platform blocked, a new law with a 24-hour duty, a shift from Facebook to Instagram).
 */
import type { AgencyKind, AuthorKind, Channel } from '../../../shared/enums.ts';

export interface AgencyIdentity {
  name: string;
  localName?: string;
  kind: AgencyKind;
}

/** From `from` (YYYY-MM-DD) on, these fields replace (platforms, speed) or update (platformCompliance) the profile's. */
export interface AgencyShift {
  from: string;
  platforms?: Record<string, number>;
  platformCompliance?: Record<string, number>;
  speed?: number;
}

export interface AgencyProfile {
  /** Prefix of the requests' externalIds. */
  code: string;
  jurisdiction: string;
  /** Several profiles may share one agency (e.g. its portal reports and its letters). */
  agency: AgencyIdentity;
  /** First day it sends requests. */
  start: string;
  /** Relative share of volume once active. */
  weight: number;
  /** Multiplier of volume per year after the start (growth). */
  growth: number;
  platforms: Record<string, number>;
  channels: Partial<Record<Channel, number>>;
  /** Weighted citation sets (codes of LEGAL_BASES); sets not citable on a day are skipped. */
  bases: [string[], number][];
  /** Base probability that a platform acts on an item. */
  compliance: number;
  /** Multiplies the compliance for some platforms (e.g. Meta's response to this agency on Instagram). */
  platformCompliance?: Record<string, number>;
  /** Share of actions that are local restrictions rather than global removals (before the law's category). */
  localShare: number;
  /** Multiplies the platform's typical decision delay. */
  speed: number;
  authors: Partial<Record<AuthorKind, number>>;
  /** Mean of the extra items of a multi-item request (heavier for court orders). */
  extraItems: number;
  /** Probability that the agency challenges a refusal (no action) on an item. */
  escalation: number;
  /** Stated reasons that override the ones derived from the category of the cited law. */
  reasons?: string[];
  /** Month spikes: `YYYY-MM` → volume multiplier. */
  spikes?: Record<string, number>;
  shifts?: AgencyShift[];
}

/** The time-varying part of a profile, as in force on one day. */
export interface AgencyPhase {
  platforms: Record<string, number>;
  platformCompliance: Record<string, number>;
  speed: number;
}

/** The profile's phases with their first day, oldest first. */
export function phasesOf(profile: AgencyProfile): { from: string; phase: AgencyPhase }[] {
  let phase: AgencyPhase = {
    platforms: profile.platforms,
    platformCompliance: profile.platformCompliance ?? {},
    speed: profile.speed,
  };
  const phases = [{ from: profile.start, phase }];
  for (const shift of [...(profile.shifts ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    phase = {
      platforms: shift.platforms ?? phase.platforms,
      platformCompliance: { ...phase.platformCompliance, ...shift.platformCompliance },
      speed: shift.speed ?? phase.speed,
    };
    phases.push({ from: shift.from, phase });
  }
  return phases;
}
