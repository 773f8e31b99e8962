/** Accounts, sessions and API tokens on the wire (README "Accounts and tokens"). */
import { z } from 'zod';
import { Instant } from './instant.ts';
import { SourceName } from './interchange.ts';

/** Roles an account can hold; anonymous visitors are `public` (shared/roles.ts). */
export const UserRole = z.enum(['admin', 'analyst', 'submitter']);
export type UserRole = z.infer<typeof UserRole>;

/** Shorter passwords are refused when an account is created. */
export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the work one login asks of the KDF. */
export const MAX_PASSWORD_LENGTH = 1024;

export const Email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an e-mail address')
  .transform((email) => email.toLowerCase());

export const LoginInput = z.strictObject({
  email: Email,
  password: z.string().min(1, 'enter the password').max(MAX_PASSWORD_LENGTH),
});
export type LoginInput = z.infer<typeof LoginInput>;

export interface UserView {
  email: string;
  name: string;
  role: UserRole;
  /** Source names a submitter writes for; empty for other roles. */
  sources: string[];
}

export const TokenCreateInput = z.strictObject({
  source: SourceName,
  label: z.string().trim().min(1).max(200).nullish(),
  expiresAt: Instant.nullish(),
});
export type TokenCreateInput = z.infer<typeof TokenCreateInput>;

export const TokenRevokeInput = z.strictObject({ id: z.number().int().positive() });
export type TokenRevokeInput = z.infer<typeof TokenRevokeInput>;

export interface TokenView {
  id: number;
  source: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Who made it: an account, or an operator on the command line. */
  owner: { kind: 'user'; email: string } | { kind: 'cli' };
  status: 'active' | 'revoked' | 'expired';
}
