/**
 * Where a file is chosen: a real, labelled file input (keyboard and screen readers use it as is),
 * inside a zone that also takes a dropped file.
 */
import { type DragEvent, useState } from 'react';
import type { UploadKind } from '../../../../shared/uploads.ts';
import { KIND_TEXT } from './kinds.ts';

interface Props {
  kind: UploadKind;
  onFile: (file: File) => void;
  disabled?: boolean;
}

export function DropZone({ kind, onFile, disabled = false }: Props) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the labelled file input inside is the keyboard path
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor="upload-file" className="drop-label">
        {KIND_TEXT[kind].choose}
      </label>
      <input
        id="upload-file"
        type="file"
        accept={KIND_TEXT[kind].accept}
        aria-describedby="upload-file-hint"
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <p id="upload-file-hint" className="muted">
        …or drop it here. Nothing is written until you have seen the preview and chosen “Commit”.
      </p>
    </div>
  );
}
