/** The Methodology page's "Published statistics" section, rendered from shared/published-metrics.ts. */
import { humanize } from '../../../../shared/format.ts';
import { PUBLISHED_ROLES, type PublishedMeasure } from '../../../../shared/published.ts';
import {
  COUNT_DEFINITIONS,
  COVERAGE_TEXT,
  DSA_CATEGORY_REASONS,
  FILTER_TEXT,
  GOOGLE_REASON_CATEGORIES,
  JURISDICTION_RULES,
  MEASURE_DEFINITIONS,
  PERIOD_RULE,
  type PublishedMeasureDefinition,
  RECONCILIATION_TEXT,
  REQUESTER_KIND_MAPPING,
  REQUESTER_KIND_NAMES,
  RESTATEMENT_TEXT,
  ROLE_DEFINITIONS,
  PUBLISHED_SECTIONS as S,
  SHARES_TEXT,
  UNIT_TEXT,
} from '../../../../shared/published-metrics.ts';
import { dsaCategoryLabel } from '../../charts/published-common.data.ts';

const measuresOf = (publisher: PublishedMeasureDefinition['publisher']) =>
  (Object.entries(MEASURE_DEFINITIONS) as [PublishedMeasure, PublishedMeasureDefinition][]).filter(
    ([, m]) => m.publisher === publisher,
  );

function Measures({
  id,
  title,
  publisher,
  intro,
}: {
  id: string;
  title: string;
  publisher: PublishedMeasureDefinition['publisher'];
  intro?: string;
}) {
  return (
    <section id={id} className="metric">
      <h3>{title}</h3>
      {intro && <p>{intro}</p>}
      <dl className="definitions">
        {measuresOf(publisher).map(([key, m]) => (
          <div key={key} id={`measure-${key}`}>
            <dt>
              {m.name} <code>{key}</code>
            </dt>
            <dd>{m.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const mapping = (map: Record<string, string>, label: (k: string) => string = (k) => k) =>
  Object.entries(map).map(([k, v]) => (
    <li key={k}>
      {label(k)} → {humanize(v)}
    </li>
  ));

export function PublishedMethodology() {
  return (
    <section id="published-statistics" className="published-methodology">
      <h2>Published statistics</h2>
      <p>
        The Platform reports page shows the platforms’ own aggregate transparency reports, imported from their CSV files
        as published. {FILTER_TEXT}
      </p>
      <section id={S.counts} className="metric">
        <h3>Requests and items</h3>
        <p>{COUNT_DEFINITIONS.requests}</p>
        <p>{COUNT_DEFINITIONS.items}</p>
      </section>
      <section id={S.roles} className="metric">
        <h3>What a row is for: figure, breakdown, check</h3>
        <dl className="definitions">
          {PUBLISHED_ROLES.map((role) => (
            <div key={role}>
              <dt>{humanize(role)}</dt>
              <dd>{ROLE_DEFINITIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Measures id={S.google} title="Google: outcomes of the requested items" publisher="Google" intro={SHARES_TEXT} />
      <Measures id={S.x} title="X (formerly Twitter)" publisher="X" />
      <Measures
        id={S.dsaOrders}
        title="DSA section 3: orders from Member State authorities"
        publisher="DSA section 3"
      />
      <Measures
        id={S.dsaComplaints}
        title="DSA section 7: complaints and out-of-court disputes"
        publisher="DSA section 7"
      />
      <section id={S.units} className="metric">
        <h3>Units of the median times</h3>
        <ul>
          {Object.entries(UNIT_TEXT).map(([unit, text]) => (
            <li key={unit}>
              <code>{unit}</code>: {text}
            </li>
          ))}
        </ul>
      </section>
      <section id={S.requesters} className="metric">
        <h3>Requester kinds</h3>
        <ul>
          {REQUESTER_KIND_MAPPING.map((m) => (
            <li key={`${m.publisher}-${m.label}`}>
              {m.publisher}: “{m.label}” → {REQUESTER_KIND_NAMES[m.kind]}
            </li>
          ))}
          <li>
            DSA orders come from a Member State’s judicial or administrative authorities, which the template does not
            tell apart.
          </li>
        </ul>
      </section>
      <section id={S.reasons} className="metric">
        <h3>Reasons</h3>
        <p>
          Google’s reasons (detailed file) and the DSA categories of illegal content, mapped to our legal categories:
        </p>
        <ul className="columns">{mapping(GOOGLE_REASON_CATEGORIES)}</ul>
        <ul className="columns">{mapping(DSA_CATEGORY_REASONS, (k) => `${dsaCategoryLabel(k)} (DSA)`)}</ul>
      </section>
      <section id={S.jurisdictions} className="metric">
        <h3>Jurisdictions</h3>
        <ul>
          {JURISDICTION_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      <section id={S.periods} className="metric">
        <h3>Periods</h3>
        <p>{PERIOD_RULE}</p>
      </section>
      <section id={S.restatements} className="metric">
        <h3>Restatements and contradictions</h3>
        <p>{RESTATEMENT_TEXT}</p>
        <p>{ROLE_DEFINITIONS.check}</p>
      </section>
      <section id={S.reconciliation} className="metric">
        <h3>Reconciliation and coverage</h3>
        <p>{RECONCILIATION_TEXT}</p>
        <p>{COVERAGE_TEXT}</p>
      </section>
    </section>
  );
}
