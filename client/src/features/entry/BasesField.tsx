/** Legal bases cited: provisions picked from the catalogue as one types, or typed in as new citations (they land unreviewed). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { citationLabel } from '../../../../shared/catalog.ts';
import { type EntryBasis, type EntryForm, emptyBasis } from '../../../../shared/entry-form.ts';
import { LEGAL_CATEGORIES, type LegalCategory } from '../../../../shared/enums.ts';
import { humanize } from '../../../../shared/format.ts';
import { trpc } from '../../lib/trpc.ts';
import { controlProps, EnumSelect, Field, FieldError, type FieldErrors, fieldId } from './fields.tsx';
import { Picker } from './Picker.tsx';

interface Props {
  form: EntryForm;
  errors: FieldErrors;
  onBases: (bases: EntryBasis[]) => void;
}

export function BasesField({ form, errors, onBases }: Props) {
  const [text, setText] = useState('');
  const search = useQuery({
    ...trpc.catalog.searchLegalBases.queryOptions({ jurisdiction: form.jurisdiction || undefined, q: text, limit: 8 }),
    placeholderData: keepPreviousData,
  });
  const chosen = new Set(form.legalBases.map((b) => b.catalogueId));
  const options = (search.data ?? [])
    .filter((b) => !chosen.has(b.id))
    .map((b) => ({
      key: String(b.id),
      label: b.label,
      detail: [b.title, b.status === 'unreviewed' ? 'unreviewed' : ''].filter(Boolean).join(' · '),
      value: b,
    }));
  const set = (i: number, basis: EntryBasis) => onBases(form.legalBases.map((b, j) => (j === i ? basis : b)));
  return (
    <fieldset className="bases-field">
      <legend className="visually-hidden">Legal bases cited</legend>
      <FieldError errors={errors} path="legalBases" />
      {form.legalBases.length === 0 && <p className="hint">None yet. A request may cite none.</p>}
      <ol className="chosen-bases">
        {form.legalBases.map((basis, i) => {
          const path = `legalBases[${i}]`;
          const label = citationLabel({ ...basis, jurisdiction: basis.jurisdiction || form.jurisdiction || '??' });
          return (
            // Bases have no id until saved; their position is their identity in the form.
            // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity
            <li key={i} data-basis={basis.catalogueId === null ? 'new' : 'catalogue'}>
              <div className="chosen-head">
                <strong>{basis.catalogueId === null ? `New provision ${i + 1}` : label}</strong>
                <button type="button" onClick={() => onBases(form.legalBases.filter((_, j) => j !== i))}>
                  Remove<span className="visually-hidden"> {label}</span>
                </button>
              </div>
              <FieldError errors={errors} path={path} />
              {basis.catalogueId === null && (
                <NewBasis path={path} basis={basis} errors={errors} onChange={(b) => set(i, b)} />
              )}
            </li>
          );
        })}
      </ol>
      <Picker
        id={fieldId('legalBases.search')}
        label="Add a legal basis"
        hint="Type an instrument, article or title; pick one, or add it as a new provision."
        text={text}
        onText={setText}
        options={options}
        loading={search.isFetching}
        onPick={(b) => {
          onBases([
            ...form.legalBases,
            {
              catalogueId: b.id,
              jurisdiction: b.jurisdiction,
              instrument: b.instrument,
              article: b.article,
              part: b.part ?? '',
              title: b.title ?? '',
              category: '',
            },
          ]);
          setText('');
        }}
        addLabel="Add new provision"
        onAdd={(typed) => {
          onBases([...form.legalBases, { ...emptyBasis(form.jurisdiction), instrument: typed }]);
          setText('');
        }}
      />
    </fieldset>
  );
}

function NewBasis(props: { path: string; basis: EntryBasis; errors: FieldErrors; onChange: (b: EntryBasis) => void }) {
  const { path, basis, errors, onChange } = props;
  const text = (field: 'instrument' | 'article' | 'part' | 'title', label: string) => (
    <Field errors={errors} path={`${path}.${field}`} label={label}>
      <input
        type="text"
        {...controlProps(errors, `${path}.${field}`)}
        value={basis[field]}
        onChange={(e) => onChange({ ...basis, [field]: e.target.value })}
      />
    </Field>
  );
  return (
    <div className="new-entry">
      <p className="hint">New provision: it joins the catalogue as unreviewed until an analyst reviews it.</p>
      <div className="grid-fields">
        {text('instrument', 'Instrument (law, code)')}
        {text('article', 'Article')}
        {text('part', 'Part (optional)')}
        {text('title', 'Title (optional)')}
        <Field errors={errors} path={`${path}.category`} label="Category (optional)">
          <EnumSelect<LegalCategory>
            errors={errors}
            path={`${path}.category`}
            values={LEGAL_CATEGORIES}
            value={basis.category}
            onChange={(category) => onChange({ ...basis, category })}
            label={humanize}
            empty="Not categorised"
          />
        </Field>
      </div>
    </div>
  );
}
