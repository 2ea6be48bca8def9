import type { DeadlineStatus } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { formatDuration, formatMoment } from './format';

export interface DeadlineStateView {
  readonly dueAt: string;
  readonly state: DeadlineStatus;
  readonly businessMinutesLeft: number | null;
}

/** A symbol beside the words, so the state never rests on colour alone; hidden from screen readers, the words say it. */
const MARK: Record<DeadlineStatus, string> = { ON_TIME: '', DUE_SOON: '⏳', OVERDUE: '⚠', MET: '✓' };

/**
 * The hub's deadline state in words, the same on the desk, the line and the coordinator's screens.
 * The state flips to OVERDUE at the due instant itself, as the hub's rule does, without waiting for a refetch.
 */
export function DeadlineText({ deadline, now }: { deadline: DeadlineStateView | null; now: number }) {
  const { language } = useLanguage();
  const words = LINE_WORDS[language];
  if (!deadline) return <>—</>;
  const passed = deadline.state !== 'MET' && Date.parse(deadline.dueAt) <= now;
  const state: DeadlineStatus = passed ? 'OVERDUE' : deadline.state;
  if (state === 'MET') return <span data-deadline="MET">{words.met}</span>;
  const due = formatMoment(deadline.dueAt, language, now);
  // Minutes from the hub hold until its state is overtaken by the clock; outside working hours none pass.
  const minutes = state === deadline.state && deadline.businessMinutesLeft !== 0 ? deadline.businessMinutesLeft : null;
  const span = minutes === null ? null : state === 'OVERDUE' ? words.over(formatDuration(-minutes * 60, language)) : words.left(formatDuration(minutes * 60, language));
  return (
    <span className={`ll-deadline ll-deadline--${state.toLowerCase()}`} data-deadline={state}>
      {MARK[state] && <span aria-hidden="true">{MARK[state]} </span>}
      <time dateTime={deadline.dueAt}>{words.deadline[state](due)}</time>
      {span && <> · {span}</>}
    </span>
  );
}
