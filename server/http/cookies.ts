/**
 * The one cookie this server sets, the login session, read from `Cookie` and written as
 * `Set-Cookie` with Node-only code (@fastify/cookie is not a dependency; one cookie needs no more).
 */

export const SESSION_COOKIE = 'tm_session';

/** The value of cookie `name` in a Cookie header, or null; values are not URL-decoded (ours are base64url). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return null;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it, which also
 * stops cross-site request forgery of writes), Path=/; Secure when the request came over HTTPS.
 * A null value clears the cookie.
 */
export function sessionCookie(value: string | null, options: { secure: boolean; maxAgeSeconds: number }): string {
  const parts = [
    `${SESSION_COOKIE}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${value === null ? 0 : Math.floor(options.maxAgeSeconds)}`,
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
