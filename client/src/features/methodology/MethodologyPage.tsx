/** Methodology, rendered from the metric definitions in shared/metrics.ts: the text the server is held to. */

import { OUTCOMES } from '../../../../shared/enums.ts';
import { NULL_RATE_NOTE, outcomeLabel } from '../../../../shared/format.ts';
import { APPEAL_DAY_EDGES, DECISION_HOUR_EDGES, METRICS, PERCENTILE_METHOD } from '../../../../shared/metrics.ts';
import { OUTCOME_COLOURS } from '../../charts/palette.ts';
import { PublishedMethodology } from '../published/PublishedMethodology.tsx';

export function MethodologyPage() {
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <p>
        Each figure on this site is defined once, below; the server computes exactly these definitions and its tests
        check them against a direct count of the records.
      </p>
      {METRICS.map((m) => (
        <section key={m.id} id={m.id} className="metric">
          <h2>{m.name}</h2>
          <p>{m.definition}</p>
          <p>
            <strong>Computed as:</strong> <code>{m.formula}</code>
          </p>
          {m.notes && <p className="muted">{m.notes}</p>}
        </section>
      ))}
      <section id="percentiles">
        <h2>Medians and percentiles</h2>
        <p>{PERCENTILE_METHOD}</p>
        <p className="muted">
          Decision-time bucket edges (hours): {DECISION_HOUR_EDGES.join(', ')}. Appeal-time bucket edges (days):{' '}
          {APPEAL_DAY_EDGES.join(', ')}.
        </p>
      </section>
      <section id="reading">
        <h2>Reading the figures</h2>
        <ul>
          <li>Dates are UTC days of the request’s submission; periods are calendar-aligned (weeks start on Monday).</li>
          <li>
            Changes in the headline figures compare with the previous period of equal length; rates change in percentage
            points.
          </li>
          <li>{NULL_RATE_NOTE}</li>
          <li>
            Outcomes always have the same colours:{' '}
            {OUTCOMES.map((o) => (
              <span key={o} className="outcome-key">
                <span className="swatch" style={{ background: OUTCOME_COLOURS[o] }} aria-hidden="true" />
                {outcomeLabel(o)}
              </span>
            ))}
          </li>
        </ul>
      </section>
      <PublishedMethodology />
    </article>
  );
}
