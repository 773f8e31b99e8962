// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';
import { idColumn, nowDefault } from './engine.ts';

/**
 * Accounts (issue 10): users with a role, the sources a submitter writes for, login sessions, the
 * failed logins that brute-force limits count, and tokens that expire and name who made them.
 * Secrets are never stored: passwords as scrypt hashes, session ids as SHA-256 of the cookie.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);
  const now = nowDefault(db);

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    // Lower-cased by the app before every insert and lookup, so unique means case-insensitively unique.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'analyst', 'submitter')`))
    // `scrypt$N$r$p$salt$hash`: the KDF parameters travel with the hash, so they can be raised later.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('user_sources')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addPrimaryKeyConstraint('user_sources_pk', ['user_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 (hex) of the cookie's random secret: a leaked table opens no session.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'integer', id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_email').on('login_failures').columns(['email', 'at']).execute();
  await db.schema.createIndex('login_failures_ip').on('login_failures').columns(['ip', 'at']).execute();

  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  // Null: made on the command line (npm run token:create).
  await db.schema
    .alterTable('api_tokens')
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('created_by_user_id').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
  for (const table of ['login_failures', 'sessions', 'user_sources', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
