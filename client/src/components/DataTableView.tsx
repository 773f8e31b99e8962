/** A chart's numbers as an accessible table (the "table view" action). */
import type { DataTable } from '../charts/export/csv.ts';

export function DataTableView({ table, caption }: { table: DataTable; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // Rows have no id of their own; their order is the data's order.
            // biome-ignore lint/suspicious/noArrayIndexKey: static rows, never reordered
            <tr key={i}>
              {table.columns.map((c, j) => {
                const value = row[c.key] ?? null;
                const text = c.format
                  ? c.format(value)
                  : typeof value === 'number'
                    ? value.toLocaleString('en')
                    : (value ?? '—');
                return j === 0 ? (
                  <th key={c.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={c.key} className={typeof value === 'number' ? 'num' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
