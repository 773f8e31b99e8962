/** Creating accounts (npm run user:create): rules beyond shape, password hashing, audit. */
import { Email, MIN_PASSWORD_LENGTH, UserRole } from '../../../shared/auth.ts';
import { SourceName } from '../../../shared/interchange.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findUserByEmail, insertUser, insertUserSources } from '../../queries/users.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { ValidationFailed } from '../errors.ts';
import { ensureSource } from '../sources.ts';
import { hashPassword } from './password.ts';

export interface NewUser {
  email: string;
  name?: string;
  role: string;
  /** Source names, for submitters; created (kind monitor_entry) when not catalogued yet. */
  sources: string[];
  password: string;
}

export interface CreatedUser {
  id: number;
  email: string;
  role: UserRole;
  sources: string[];
  createdSources: string[];
}

function check(user: NewUser): { email: string; role: UserRole } {
  const problems: Problem[] = [];
  const email = Email.safeParse(user.email);
  if (!email.success) problems.push({ path: 'email', message: email.error.issues[0]?.message ?? 'invalid' });
  const role = UserRole.safeParse(user.role);
  if (!role.success) problems.push({ path: 'role', message: `must be one of ${UserRole.options.join(', ')}` });
  if ([...user.password].length < MIN_PASSWORD_LENGTH) {
    problems.push({
      path: 'password',
      message: `is too weak: use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words work well)`,
    });
  }
  for (const source of user.sources) {
    if (!SourceName.safeParse(source).success)
      problems.push({ path: 'source', message: `"${source}" is not a source name` });
  }
  if (role.data === 'submitter' && user.sources.length === 0) {
    problems.push({ path: 'source', message: 'a submitter needs at least one --source' });
  }
  if (role.success && role.data !== 'submitter' && user.sources.length > 0) {
    problems.push({ path: 'source', message: 'only submitters are bound to sources' });
  }
  if (problems.length > 0 || !email.success || !role.success)
    throw new ValidationFailed(problems, problemText(problems));
  return { email: email.data, role: role.data };
}

const problemText = (problems: Problem[]) => problems.map((p) => `${p.path} ${p.message}`).join('; ');

export async function createUser(db: Db, user: NewUser, actor: Actor, now = new Date()): Promise<CreatedUser> {
  const { email, role } = check(user);
  if (await findUserByEmail(db, email)) {
    throw new ValidationFailed(
      [{ path: 'email', message: 'has an account already' }],
      `${email} has an account already`,
    );
  }
  const passwordHash = await hashPassword(user.password);
  const sources = [...new Set(user.sources)].sort();
  return withWriteTransaction(db, async (trx) => {
    const createdSources: string[] = [];
    const sourceIds: number[] = [];
    for (const name of sources) {
      const ensured = await ensureSource(trx, { name, kind: 'monitor_entry' });
      if (ensured.created) createdSources.push(name);
      sourceIds.push(ensured.source.id);
    }
    const at = now.toISOString();
    const displayName = user.name?.trim() || email.split('@')[0] || email;
    const id = await insertUser(trx, { email, displayName, role, passwordHash, createdAt: at });
    await insertUserSources(trx, id, sourceIds);
    await writeAudit(trx, {
      actor,
      sourceId: null,
      action: 'user_create',
      entity: 'user',
      key: `user:${id}`,
      changes: { before: null, after: { email, name: displayName, role, sources } },
      at,
    });
    return { id, email, role, sources, createdSources };
  });
}
