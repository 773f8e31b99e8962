/** The requesting agency: picked from the catalogue as one types, or added as new (name, local name, kind). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EntryForm } from '../../../../shared/entry-form.ts';
import { AGENCY_KINDS } from '../../../../shared/enums.ts';
import { humanize } from '../../../../shared/format.ts';
import { trpc } from '../../lib/trpc.ts';
import { controlProps, EnumSelect, Field, FieldError, type FieldErrors, fieldId } from './fields.tsx';
import { Picker } from './Picker.tsx';

interface Props {
  form: EntryForm;
  errors: FieldErrors;
  onAgency: (agency: EntryForm['agency']) => void;
}

export function AgencyField({ form, errors, onAgency }: Props) {
  const { agency } = form;
  const search = useQuery({
    ...trpc.catalog.searchAgencies.queryOptions({
      jurisdiction: form.jurisdiction || undefined,
      q: agency.name,
      limit: 8,
    }),
    placeholderData: keepPreviousData,
  });
  const options = (search.data ?? []).map((a) => ({
    key: String(a.id),
    label: a.name,
    detail: [a.localName, a.jurisdiction, humanize(a.kind)].filter(Boolean).join(' · '),
    value: a,
  }));
  const isNew = agency.catalogueId === null && agency.added;
  const undecided = agency.catalogueId === null && !agency.added && agency.name.trim() !== '';
  return (
    <div className="agency-field">
      <Picker
        id={fieldId('agency.name')}
        label="Agency"
        hint={form.jurisdiction ? `Agencies of ${form.jurisdiction}; type to search.` : 'Type to search the catalogue.'}
        text={agency.name}
        onText={(name) => onAgency({ ...agency, catalogueId: null, added: false, name })}
        options={options}
        loading={search.isFetching}
        onPick={(a) =>
          onAgency({
            catalogueId: a.id,
            added: false,
            name: a.name,
            localName: a.localName ?? '',
            kind: (AGENCY_KINDS as readonly string[]).includes(a.kind) ? (a.kind as typeof agency.kind) : 'other',
          })
        }
        addLabel="Add new agency"
        onAdd={(name) => onAgency({ ...agency, catalogueId: null, added: true, name })}
        invalid={errors.has('agency.name')}
        describedBy={errors.has('agency.name') ? `${fieldId('agency.name')}-error` : undefined}
      />
      <FieldError errors={errors} path="agency.name" />
      {agency.catalogueId !== null && (
        <p className="hint" data-picked="agency">
          From the catalogue: {agency.name}
          {agency.localName ? ` (${agency.localName})` : ''}, {humanize(agency.kind).toLowerCase()}.
        </p>
      )}
      {undecided && (
        <p className="hint" data-picked="none">
          Pick an agency from the suggestions, or choose “Add new agency”.
        </p>
      )}
      {isNew && (
        <div className="new-entry" data-new="agency">
          <p className="hint">New agency: it is added to the catalogue with this request.</p>
          <Field errors={errors} path="agency.localName" label="Name in the local language (optional)">
            <input
              type="text"
              {...controlProps(errors, 'agency.localName')}
              value={agency.localName}
              onChange={(e) => onAgency({ ...agency, localName: e.target.value })}
            />
          </Field>
          <Field errors={errors} path="agency.kind" label="Kind of agency">
            <EnumSelect
              errors={errors}
              path="agency.kind"
              values={AGENCY_KINDS}
              value={agency.kind}
              onChange={(kind) => onAgency({ ...agency, kind })}
              label={humanize}
            />
          </Field>
        </div>
      )}
    </div>
  );
}
