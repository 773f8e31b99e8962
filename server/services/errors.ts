/**
 * Expected failures of domain services. Routers turn them into TRPCErrors (server/trpc.ts);
 * scripts print them. They carry every problem found, not just the first.
 */
import type { Problem } from '../../shared/problems.ts';

export class ValidationFailed extends Error {
  constructor(
    readonly problems: Problem[],
    message = `${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was written`,
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
