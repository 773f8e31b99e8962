/** Audit entries as a table; a record's key opens its history. */
import type { AuditEntryView } from '../../../../shared/audit.ts';
import { humanize } from '../../../../shared/format.ts';
import type { RecordRef } from './AuditPage.tsx';
import { changeSummary, shortInstant } from './audit-format.data.ts';

interface Props {
  entries: AuditEntryView[];
  selected: RecordRef | null;
  onSelect: (record: RecordRef) => void;
}

export function AuditTable({ entries, selected, onSelect }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table audit-table stack-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Source</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const isSelected = selected?.entity === e.entity && selected.entityKey === e.entityKey;
            return (
              <tr key={e.id} data-audit={e.action} className={isSelected ? 'selected' : undefined}>
                <td data-label="When" className="nowrap">
                  {shortInstant(e.at)}
                </td>
                <td data-label="Actor" className="break">
                  {e.actor}
                </td>
                <td data-label="Action">{humanize(e.action).toLowerCase()}</td>
                <td data-label="Record" className="break">
                  <span className="muted">{humanize(e.entity).toLowerCase()}</span>{' '}
                  <button
                    type="button"
                    className="linklike"
                    aria-pressed={isSelected}
                    aria-label={`History of ${e.entity} ${e.entityKey}`}
                    onClick={() => onSelect({ entity: e.entity as RecordRef['entity'], entityKey: e.entityKey })}
                  >
                    {e.entityKey}
                  </button>
                </td>
                <td data-label="Source">{e.source ?? <span className="muted">—</span>}</td>
                <td data-label="Changes" className="muted">
                  {changeSummary(e.changes)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
