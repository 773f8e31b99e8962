/** A labelled progress bar with the figure in words (read by screen readers through the label). */
import { formatCount } from '../../../../shared/format.ts';

export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <p className="upload-progress">
      <label>
        <span>
          {label} {percent}% ({formatCount(done)} of {formatCount(total)} bytes)
        </span>
        <progress max={total || 1} value={done} />
      </label>
    </p>
  );
}
