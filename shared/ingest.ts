/** Inputs of the ingest procedures other than `requests.submit` (spec/API.md, Ingest). */
import { z } from 'zod';
import { Outcome, OutcomeBasis } from './enums.ts';
import { Instant } from './instant.ts';
import { AppealInput, ExternalId, SourceName } from './interchange.ts';
import { LIMITS } from './limits.ts';
import { refuseHiddenCharacters } from './text.ts';

export const RecordOutcomeInput = z
  .strictObject({
    source: SourceName.nullish(),
    requestExternalId: ExternalId,
    itemExternalId: ExternalId,
    outcome: Outcome,
    outcomeBasis: OutcomeBasis.nullish(),
    decidedAt: Instant.nullish(),
    automated: z.boolean().nullish(),
    userNotified: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === 'pending' && input.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'a pending item cannot have a decidedAt' });
    }
  });

export const RecordAppealInput = z.strictObject({
  source: SourceName.nullish(),
  requestExternalId: ExternalId,
  itemExternalId: ExternalId,
  appeal: AppealInput,
});

export const RetractInput = z.strictObject({
  source: SourceName.nullish(),
  externalId: ExternalId,
  reason: z
    .string()
    .superRefine(refuseHiddenCharacters('multi', 'trimmed'))
    .trim()
    .min(1, 'give the reason for the retraction')
    .max(LIMITS.retractionReason, `must be at most ${LIMITS.retractionReason} characters`),
});

/** An item as the ingest procedures return it (wire names, ISO instants). */
export const ItemView = z.object({
  requestExternalId: z.string(),
  externalId: z.string(),
  source: z.string(),
  contentType: z.string(),
  authorKind: z.string(),
  outcome: z.string(),
  outcomeBasis: z.string().nullable(),
  decidedAt: z.string().nullable(),
  automated: z.boolean().nullable(),
  userNotified: z.boolean().nullable(),
});

export const AppealView = z.object({
  requestExternalId: z.string(),
  itemExternalId: z.string(),
  source: z.string(),
  externalId: z.string(),
  appellant: z.string().nullable(),
  venue: z.string().nullable(),
  filedAt: z.string().nullable(),
  outcome: z.string(),
  decidedAt: z.string().nullable(),
});

export type RecordOutcomeInput = z.infer<typeof RecordOutcomeInput>;
export type RecordAppealInput = z.infer<typeof RecordAppealInput>;
export type RetractInput = z.infer<typeof RetractInput>;
export type ItemView = z.infer<typeof ItemView>;
export type AppealView = z.infer<typeof AppealView>;
