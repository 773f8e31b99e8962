/**
 * Expected failures of domain services. Routers turn them into TRPCErrors (server/trpc.ts);
 * scripts print them. They carry every problem found, not just the first.
 */
import { describeProblem, type Problem } from '../../shared/problems.ts';

export class ValidationFailed extends Error {
  constructor(
    readonly problems: Problem[],
    message = summarise(problems),
  ) {
    super(message);
    this.name = 'ValidationFailed';
  }
}

/** The caller may not act on these records (e.g. a token of another source). */
export class Forbidden extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'Forbidden';
  }
}

export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}

/** "record 3, items[0].outcome: …; … (and 12 more). Nothing was written." */
function summarise(problems: Problem[]): string {
  const shown = problems.slice(0, 3).map(describeProblem).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `${shown}${more}. Nothing was written.`;
}
