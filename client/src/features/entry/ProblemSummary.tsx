/** The sentence above a refused form: how many fields, each a link to its field, named by its label. */
import type { Ref } from 'react';
import { parentPath } from '../../../../shared/entry-form.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { fieldId } from './fields.tsx';
import { fieldLabel } from './shown-fields.data.ts';

interface Props {
  problems: Problem[];
  shown: ReadonlySet<string>;
  ref: Ref<HTMLDivElement>;
}

export function ProblemSummary({ problems, shown, ref }: Props) {
  return (
    <div className="form-error" role="alert" tabIndex={-1} ref={ref} data-problems={problems.length}>
      <p>
        {problems.length === 1 ? 'One field needs' : `${problems.length} fields need`} correcting; nothing was saved.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            {p.path ? <a href={`#${fieldId(nearestShown(p.path, shown))}`}>{fieldLabel(p.path)}</a> : 'Request'}:{' '}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function nearestShown(path: string, shown: ReadonlySet<string>): string {
  let p = path;
  while (p && !shown.has(p)) p = parentPath(p);
  return p || 'externalId';
}
