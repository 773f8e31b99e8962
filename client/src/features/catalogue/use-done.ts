/**
 * A section's "done" sentence (read by its role="status"), with the focus moved to the section's
 * heading: the button just used (Merge, Save, Delete) is often gone once the write succeeded.
 */
import { useCallback, useRef, useState } from 'react';

export function useDone() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDoneMessage] = useState<string | null>(null);
  const setDone = useCallback((message: string | null) => {
    setDoneMessage(message || null);
    if (message !== null) heading.current?.focus();
  }, []);
  return { heading, done, setDone };
}
