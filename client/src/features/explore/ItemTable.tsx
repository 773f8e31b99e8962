/** The list of items: one row each, the row's button opens its detail. */
import { humanize, outcomeLabel } from '../../../../shared/format.ts';
import type { ListedItem } from '../../../../shared/item-list.ts';
import { platformName } from '../../app/filter-options.ts';
import { shortCitation } from '../../charts/breakdowns.data.ts';
import { OUTCOME_COLOURS } from '../../charts/palette.ts';

interface Props {
  items: ListedItem[];
  selected: number | undefined;
  onSelect: (id: number) => void;
}

export function ItemTable({ items, selected, onSelect }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table items-table">
        <caption className="visually-hidden">Items matching the filters</caption>
        <thead>
          <tr>
            <th scope="col">Submitted</th>
            <th scope="col">Agency</th>
            <th scope="col">Platform</th>
            <th scope="col">Content</th>
            <th scope="col">Legal basis cited</th>
            <th scope="col">Outcome</th>
            <th scope="col">Appeals</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              aria-selected={item.id === selected}
              className={item.id === selected ? 'selected' : undefined}
            >
              <td>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => onSelect(item.id)}
                  // The visible date is part of the name (axe: label-content-name-mismatch).
                  aria-label={`Open item ${item.externalId}, submitted ${item.request.submittedAt.slice(0, 10)}`}
                >
                  {item.request.submittedAt.slice(0, 10)}
                </button>
              </td>
              <td>
                {item.request.agency.name} <span className="muted">({item.request.jurisdiction})</span>
              </td>
              <td>{platformName(item.request.platform)}</td>
              <td>{humanize(item.contentType)}</td>
              <td>{item.request.legalBases.map((b) => shortCitation(b.label)).join('; ') || '—'}</td>
              <td>
                <span className="swatch" style={{ background: OUTCOME_COLOURS[item.outcome] }} aria-hidden="true" />
                {outcomeLabel(item.outcome)}
              </td>
              <td className="num">{item.appeals.length || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
