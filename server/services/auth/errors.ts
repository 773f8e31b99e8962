/** Expected failures of authentication; server/trpc.ts maps them to 401 and 429. */

/** No or no longer valid credentials: log in (again). */
export class Unauthenticated extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Unauthenticated';
  }
}

/** Too many failed logins: the caller waits `retryAfterSeconds` (sent as Retry-After). */
export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins; try again in ${retryAfterSeconds} seconds`);
    this.name = 'TooManyAttempts';
  }
}
