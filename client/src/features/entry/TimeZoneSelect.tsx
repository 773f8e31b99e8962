/** The zone every date of a form is read in: the browser's by default, any IANA zone on request. */
import { formatOffset, zoneOffsetMinutes } from '../../../../shared/zoned-time.ts';

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...all])].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
}

export function TimeZoneSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
}) {
  const offset = formatOffset(zoneOffsetMinutes(value, Date.now()));
  return (
    <div className="field zone">
      <label htmlFor={id}>Time zone of the dates below</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-now`}>
        {zones(value).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-now`}>
        Now {offset}. Dates are stored in UTC; each date shows the instant it stands for.
      </p>
    </div>
  );
}
