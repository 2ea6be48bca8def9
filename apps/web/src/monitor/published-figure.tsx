import { useT } from '../i18n/language';
import { useMonitorWords } from '../i18n/monitor-words';

/** A count exactly as the API publishes it; "<5" gets its meaning spelled out for screen readers. */
export function PublishedCount({ count }: { count: { label: string } }) {
  const w = useMonitorWords();
  if (count.label !== '<5') return <>{count.label}</>;
  return (
    <>
      <span aria-hidden="true">&lt;5</span>
      <span className="ll-visually-hidden">{w.smallCount}</span>
    </>
  );
}

/** A figure the API withholds (null) is a dash, with the reason for screen readers. */
export function Withheld() {
  const w = useMonitorWords();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="ll-visually-hidden">{w.withheld}</span>
    </>
  );
}

export function Share({ share }: { share: number | null | undefined }) {
  if (share == null) return <Withheld />;
  return <>{`${Math.round(share * 100)}%`}</>;
}

export function Duration({ seconds }: { seconds: number | null | undefined }) {
  const t = useT();
  if (seconds == null) return <Withheld />;
  return <>{t.duration(seconds)}</>;
}
