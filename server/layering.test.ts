/**
 * Inside server: routers → services → queries → db (STYLE.md). SQL is built only in queries/ (and
 * db/), so a second database engine means reviewing one folder; routers and services call named
 * query functions. This scans their sources for query building and names each offending line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
// server/http holds routes beside the tRPC routers (the export download), so it is held to the
// same rule, as are the command-line entry points; the benchmark's baselines are SQL on purpose.
const SCANNED = ['server/services', 'server/routers', 'server/http', 'scripts'];
const NOT_SCANNED = /^scripts\/bench\//;

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'query builder', pattern: /\.(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|with)\(/ },
  { name: 'raw SQL', pattern: /\bsql\s*(<[^`]*>)?\s*`|\bsql\.[a-z]+\b/ },
  { name: 'query execution', pattern: /\.(execute|executeTakeFirst|executeTakeFirstOrThrow|stream|compile)\(/ },
  { name: 'kysely value import', pattern: /\bimport\(\s*['"]kysely['"]\s*\)|\brequire\(\s*['"]kysely['"]\s*\)/ },
];

// Multi-line import/export statements from kysely; only `import type` / `export type` are allowed.
const KYSELY_IMPORT = /^[ \t]*(import|export)\b[^;]*?\bfrom\s*['"]kysely(\/[^'"]*)?['"]/gm;

interface Finding {
  line: number;
  rule: string;
  text: string;
}

/** Query building in a source text; comment lines are skipped, so comments may name the builders. */
function findQueryBuilding(source: string): Finding[] {
  const lines = source.split('\n');
  const findings: Finding[] = [];
  lines.forEach((text, i) => {
    const code = text.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    for (const { name, pattern } of RULES) {
      if (pattern.test(code)) findings.push({ line: i + 1, rule: name, text: code });
    }
  });
  for (const match of source.matchAll(KYSELY_IMPORT)) {
    if (/^\s*(import|export)\s+type\b/.test(match[0])) continue;
    const line = source.slice(0, match.index).split('\n').length;
    findings.push({ line, rule: 'kysely value import', text: (lines[line - 1] ?? '').trim() });
  }
  return findings.sort((a, b) => a.line - b.line);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) =>
      relative(ROOT, join(ROOT, dir, name))
        .split('\\')
        .join('/'),
    )
    .sort();
}

describe('layering: SQL only in server/queries/', () => {
  const files = SCANNED.flatMap(sourceFiles).filter((file) => !NOT_SCANNED.test(file));
  const findings = new Map(files.map((file) => [file, findQueryBuilding(readFileSync(join(ROOT, file), 'utf8'))]));

  test('services and routers build no queries', () => {
    const offending = [...findings].flatMap(([file, found]) =>
      found.map((f) => `${file}:${f.line} ${f.rule}: ${f.text}`),
    );
    expect(offending, 'move these into a named query function under server/queries/').toEqual([]);
  });

  test('the scan finds what it looks for', () => {
    expect(files.length).toBeGreaterThan(20);
    const rules = (source: string) => findQueryBuilding(source).map((f) => f.rule);
    expect(rules("await trx\n  .selectFrom('sources')\n  .selectAll()\n  .execute();")).toEqual([
      'query builder',
      'query execution',
    ]);
    expect(rules('db.deleteFrom(t).where(sql.ref(c), "=", 0)')).toEqual(['query builder', 'raw SQL']);
    expect(rules('const n = sql<number>`count(*)`;')).toEqual(['raw SQL']);
    expect(rules("import { sql } from 'kysely';")).toEqual(['kysely value import']);
    expect(rules("import {\n  type Kysely,\n  sql,\n} from 'kysely';")).toEqual(['kysely value import']);
    expect(rules("const k = await import('kysely');")).toEqual(['kysely value import']);
    // Allowed: type-only imports, comments naming the builders, query functions called by name.
    expect(rules("import type { Selectable } from 'kysely';")).toEqual([]);
    expect(rules("import type {\n  Insertable,\n} from 'kysely';")).toEqual([]);
    expect(rules('// unlike db.selectFrom(…), this reads a cache')).toEqual([]);
    expect(rules('const row = await findSourceByName(db, name);')).toEqual([]);
  });
});
