import { OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { TIMELINE_WORDS } from '../i18n/timeline-words';
import { formatMoment } from './format';
import { timelineSentence } from './timeline-sentence';

/** The append-only history of one referral, oldest first, each entry a plain sentence. */
export function Timeline({ events }: { events: ReferralFieldsFragment['timeline'] }) {
  const { t, language } = useLanguage();
  if (events.length === 0) return <Paragraph>{t.timeline.empty}</Paragraph>;
  const now = Date.now();
  const moment = (iso: string) => formatMoment(iso, language, now);
  return (
    <OrderedList className="ll-timeline">
      {events.map((event) => (
        <OrderedListItem key={event.id} data-event={event.type}>
          <time dateTime={event.occurredAt}>{moment(event.occurredAt)}</time> {timelineSentence(event, TIMELINE_WORDS[language], moment)}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
