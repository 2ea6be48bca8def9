import { OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { formatTime } from './format';

/** Whether a raw value from the API has words in this dictionary section. */
const isKey = <T extends object>(value: string, t: T): value is Extract<keyof T, string> => value in t;

/** The append-only history of one referral, oldest first. */
export function Timeline({ events }: { events: ReferralFieldsFragment['timeline'] }) {
  const { t, language } = useLanguage();
  if (events.length === 0) return <Paragraph>{t.timeline.empty}</Paragraph>;
  return (
    <OrderedList className="ll-timeline">
      {events.map((event) => (
        <OrderedListItem key={event.id}>
          <time dateTime={event.occurredAt}>{formatTime(event.occurredAt, language)}</time> {t.eventType[event.type]}{' '}
          {t.timeline.by(isKey(event.actorRole, t.actorRole) ? t.actorRole[event.actorRole] : event.actorRole)}
          {event.reason ? `: ${isKey(event.reason, t.reasonCode) ? t.reasonCode[event.reason] : event.reason}` : ''}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
