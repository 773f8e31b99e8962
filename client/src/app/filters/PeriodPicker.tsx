/** Date range of the view: presets, or two inclusive UTC days. */
import { useMemo } from 'react';
import { periodPresets, presetOf } from '../period-presets.data.ts';
import { useDashboardSearch, useSetSearch } from '../search.ts';

export function PeriodPicker() {
  const search = useDashboardSearch();
  const setSearch = useSetSearch();
  const presets = useMemo(() => periodPresets(new Date().toISOString().slice(0, 10)), []);
  const current = presetOf(presets, search.from, search.to);
  return (
    <div className="period">
      <label>
        <span className="field-label">Period</span>
        <select
          value={current}
          onChange={(e) => {
            const preset = presets.find((p) => p.id === e.target.value);
            if (preset) setSearch({ from: preset.from, to: preset.to });
          }}
        >
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {current === 'custom' && <option value="custom">Custom range</option>}
        </select>
      </label>
      <label>
        <span className="field-label">From</span>
        <input
          type="date"
          value={search.from ?? ''}
          max={search.to}
          onChange={(e) => setSearch({ from: e.target.value || undefined })}
        />
      </label>
      <label>
        <span className="field-label">To</span>
        <input
          type="date"
          value={search.to ?? ''}
          min={search.from}
          onChange={(e) => setSearch({ to: e.target.value || undefined })}
        />
      </label>
    </div>
  );
}
