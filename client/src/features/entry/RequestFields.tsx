/** The request itself: who sent it to which platform, when (in an explicit zone), why, citing what. */
import { useId } from 'react';
import type { UserView } from '../../../../shared/auth.ts';
import type { PlatformEntry } from '../../../../shared/catalog.ts';
import type { EntryForm } from '../../../../shared/entry-form.ts';
import { CHANNELS } from '../../../../shared/enums.ts';
import { humanize } from '../../../../shared/format.ts';
import { JURISDICTION_CODES, jurisdictionName } from '../../../../shared/jurisdictions.ts';
import { platformName } from '../../app/filter-options.ts';
import { AgencyField } from './AgencyField.tsx';
import { BasesField } from './BasesField.tsx';
import { controlProps, EnumSelect, Field, FieldError, type FieldErrors, fieldId } from './fields.tsx';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';
import { WhenField } from './WhenField.tsx';

interface Props {
  me: UserView;
  form: EntryForm;
  errors: FieldErrors;
  platforms: PlatformEntry[];
  onChange: (form: EntryForm) => void;
}

let jurisdictionOptions: { code: string; name: string }[] | undefined;
const jurisdictions = () =>
  (jurisdictionOptions ??= [...JURISDICTION_CODES]
    .map((code) => ({ code, name: jurisdictionName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name)));

export function RequestFields({ me, form, errors, platforms, onChange }: Props) {
  const id = useId();
  const text = (field: 'externalId' | 'statedReason') => ({
    ...controlProps(errors, field),
    value: form[field],
    onChange: (e: { target: { value: string } }) => onChange({ ...form, [field]: e.target.value }),
  });
  return (
    <>
      <section className="card" aria-labelledby={`${id}-request`}>
        <h2 id={`${id}-request`}>The request</h2>
        <div className="grid-fields">
          {me.sources.length > 1 ? (
            <Field errors={errors} path="source" label="Source">
              <select
                {...controlProps(errors, 'source')}
                value={form.source}
                onChange={(e) => onChange({ ...form, source: e.target.value })}
              >
                {me.sources.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </Field>
          ) : (
            <div className="field" id={fieldId('source')}>
              <span className="label">Source</span> {form.source || 'none: your account writes for no source'}
              <FieldError errors={errors} path="source" />
            </div>
          )}
          <Field errors={errors} path="externalId" label="Request id (yours, unique in the source)">
            <input type="text" {...text('externalId')} />
          </Field>
          <Field errors={errors} path="jurisdiction" label="Jurisdiction">
            <select
              {...controlProps(errors, 'jurisdiction')}
              value={form.jurisdiction}
              onChange={(e) =>
                onChange({
                  ...form,
                  jurisdiction: e.target.value,
                  // An agency picked for another country is not this one's: pick again or add it as new.
                  agency: form.agency.catalogueId === null ? form.agency : { ...form.agency, catalogueId: null },
                })
              }
            >
              <option value="">Choose a country…</option>
              {jurisdictions().map((j) => (
                <option key={j.code} value={j.code}>
                  {j.name} ({j.code})
                </option>
              ))}
            </select>
          </Field>
          <Field errors={errors} path="platform" label="Platform">
            <input
              type="text"
              list={`${id}-platforms`}
              autoComplete="off"
              {...controlProps(errors, 'platform')}
              value={form.platform}
              onChange={(e) => onChange({ ...form, platform: e.target.value.trim().toLowerCase() })}
            />
            <datalist id={`${id}-platforms`}>
              {platforms.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {platformName(p.slug, p.name)}
                </option>
              ))}
            </datalist>
          </Field>
          <Field errors={errors} path="channel" label="Channel">
            <EnumSelect
              errors={errors}
              path="channel"
              values={CHANNELS}
              value={form.channel}
              onChange={(channel) => onChange({ ...form, channel })}
              label={humanize}
            />
          </Field>
        </div>
        <AgencyField form={form} errors={errors} onAgency={(agency) => onChange({ ...form, agency })} />
        <TimeZoneSelect
          id={`${id}-zone`}
          value={form.timeZone}
          onChange={(timeZone) => onChange({ ...form, timeZone })}
        />
        <WhenField
          errors={errors}
          path="submittedAt"
          label="Submitted to the platform on"
          value={form.submitted}
          timeZone={form.timeZone}
          onChange={(submitted) => onChange({ ...form, submitted })}
        />
        <Field errors={errors} path="statedReason" label="Stated reason (optional, as the agency wrote it)">
          <textarea rows={3} {...text('statedReason')} />
        </Field>
      </section>
      <section className="card" aria-labelledby={`${id}-bases`}>
        <h2 id={`${id}-bases`}>Legal bases</h2>
        <BasesField form={form} errors={errors} onBases={(legalBases) => onChange({ ...form, legalBases })} />
      </section>
    </>
  );
}
