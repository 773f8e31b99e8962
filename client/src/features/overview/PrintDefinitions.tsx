/** Printed at the end of a report: every definition the figures rely on, so the paper stands alone. */

import { NULL_RATE_NOTE } from '../../../../shared/format.ts';
import { METRICS } from '../../../../shared/metrics.ts';

export function PrintDefinitions() {
  return (
    <section className="print-only print-definitions">
      <h2>Definitions</h2>
      <dl>
        {METRICS.map((m) => (
          <div key={m.id}>
            <dt>{m.name}</dt>
            <dd>
              {m.definition} Computed as: {m.formula}.
            </dd>
          </div>
        ))}
      </dl>
      <p>{NULL_RATE_NOTE}</p>
    </section>
  );
}
