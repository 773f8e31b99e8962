/**
 * Free text must be what a reader sees: control characters, bidirectional controls and invisible
 * format characters are refused (not stripped) with a problem naming the character and where it is.
 */
import type { z } from 'zod';

/** `multi` (stated reasons) keeps tab, LF and CR; `single` (names, ids, titles) refuses them too. */
export type Lines = 'single' | 'multi';

// ZWJ, ZWNJ and the soft hyphen are allowed: Persian, Indic scripts and emoji need them.
const ALWAYS =
  '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb';
// Line breaks have no place in one-line fields; a zero width space there makes look-alike names.
const SINGLE_ONLY = '\\t\\n\\r\\u200b\\u2028\\u2029';
const REFUSED: Record<Lines, string> = { multi: ALWAYS, single: `${ALWAYS}${SINGLE_ONLY}` };
// Compiled once: bulk imports run this on every text field of every record.
const HIDDEN: Record<Lines, RegExp> = {
  multi: new RegExp(`[${REFUSED.multi}]`, 'g'),
  single: new RegExp(`[${REFUSED.single}]`, 'g'),
};
const ANY_HIDDEN: Record<Lines, RegExp> = {
  multi: new RegExp(HIDDEN.multi.source),
  single: new RegExp(HIDDEN.single.source),
};

/** JSON Schema `pattern` of the rule (docs/interchange.schema.json); it ignores the trim of blank ends. */
export const plainTextPattern = (lines: Lines) => `^[^${REFUSED[lines]}]*$`;

const C0 =
  'NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(
    ' ',
  );
const BIDI: Record<number, string> = {
  1564: 'ARABIC LETTER MARK',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
};
const INVISIBLE: Record<number, string> = {
  8203: 'ZERO WIDTH SPACE',
  8232: 'LINE SEPARATOR',
  8233: 'PARAGRAPH SEPARATOR',
  8288: 'WORD JOINER',
  65279: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "the control character U+0000 (NUL)", "the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)". */
export function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint < 0x20) return `the control character ${hex} (${C0[codePoint]})`;
  if (codePoint <= 0x9f) return `the control character ${hex} (${codePoint === 0x7f ? 'DEL' : 'C1 control'})`;
  if (BIDI[codePoint]) return `the bidirectional control ${hex} (${BIDI[codePoint]})`;
  return `the invisible character ${hex} (${INVISIBLE[codePoint] ?? 'format character'})`;
}

/**
 * The refinement every interchange text field uses. `trimmed`: the field is trimmed afterwards, so
 * blanks at its ends (which the trim drops) are not refused. Positions count characters from 1.
 */
export function refuseHiddenCharacters(lines: Lines, ends: 'kept' | 'trimmed' = 'kept') {
  return (value: string, ctx: z.RefinementCtx): void => {
    if (!ANY_HIDDEN[lines].test(value)) return;
    const from = ends === 'trimmed' ? value.length - value.trimStart().length : 0;
    const to = ends === 'trimmed' ? value.trimEnd().length : value.length;
    const found = [...value.slice(from, to).matchAll(HIDDEN[lines])];
    const first = found[0];
    if (!first) return;
    const at = from + first.index;
    const position = [...value.slice(0, at)].length + 1;
    const more = found.length > 1 ? ` (and ${found.length - 1} more like it)` : '';
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `contains ${describeCharacter(value.charCodeAt(at))} at position ${position}${more}; remove it`,
    });
  };
}
