/** Shown only in print: the view's filters as a sentence, the date and the address of the page. */

import { labelOf, useFilterOptions } from './filter-options.ts';
import { useDashboardSearch } from './search.ts';
import { describeView } from './view-sentence.data.ts';

export function PrintHeader({ filtered }: { filtered: boolean }) {
  const search = useDashboardSearch();
  const options = useFilterOptions();
  return (
    <div className="print-only print-header">
      {filtered && <p className="print-filters">{describeView(search, (k, v) => labelOf(options, k, v))}</p>}
      <p className="muted">
        Printed {new Date().toISOString().slice(0, 10)} from {window.location.href}
      </p>
    </div>
  );
}
