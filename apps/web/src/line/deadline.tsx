import { useLanguage } from '../i18n/language';
import { formatDateTime } from '../shared/format';

/** The deadline a referral runs against now, with a word (not only colour) once it has passed. */
export function Deadline({ due, now }: { due: string | null; now: number }) {
  const { t, language } = useLanguage();
  if (!due) return <>—</>;
  const late = Date.parse(due) <= now;
  return (
    <span className={late ? 'll-deadline--late' : undefined} data-late={late}>
      {formatDateTime(due, language)}
      {late && ` · ${t.line.late}`}
    </span>
  );
}
