import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/** The one banner at the top of the desk: what just succeeded (or failed) on the whole page. A new one replaces the old. */
export interface DeskNotice {
  readonly type: 'ok' | 'error';
  readonly text: string;
}

export type Notify = (notice: DeskNotice | null) => void;

/** Shows the notice and moves the keyboard to it, so a screen reader reads it too. */
export function DeskNoticeBanner({ notice }: { notice: DeskNotice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return (
    <div ref={ref} tabIndex={-1} className="ll-result">
      {notice && (
        <Alert type={notice.type} role={notice.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
