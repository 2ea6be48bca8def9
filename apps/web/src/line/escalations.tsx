import { useSubscription } from '@apollo/client/react';
import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLanguage } from '../i18n/language';
import { formatTime } from '../shared/format';
import { ESCALATIONS } from './line.operations';

interface Escalated {
  readonly eventId: string;
  readonly referralId: string;
  readonly reference: string;
  readonly occurredAt: string;
}

/**
 * The coordinator's own feed: referrals escalated to them since the page opened, newest first.
 * Only a coordinator renders this; the hub refuses the subscription to anyone else.
 */
export function Escalations({ onOpen, onArrived }: { onOpen: (referralId: string) => void; onArrived: (announcement: string) => void }) {
  const { t, language } = useLanguage();
  const [escalated, setEscalated] = useState<readonly Escalated[]>([]);
  useSubscription(ESCALATIONS, {
    onData: ({ data: event }) => {
      const payload = event.data?.escalations;
      if (!payload) return;
      const entry = { eventId: payload.eventId, referralId: payload.referralId, reference: payload.referral.reference, occurredAt: payload.occurredAt };
      setEscalated((list) => (list.some((e) => e.eventId === entry.eventId) ? list : [entry, ...list]));
      onArrived(t.escalations.arrived(entry.reference));
    },
  });
  return (
    <section aria-labelledby="escalations" className="ll-escalations">
      <Heading2 id="escalations">{t.escalations.title}</Heading2>
      <Paragraph>{t.escalations.intro}</Paragraph>
      {escalated.length === 0 ? (
        <Paragraph>{t.escalations.none}</Paragraph>
      ) : (
        <UnorderedList>
          {escalated.map((e) => (
            <UnorderedListItem key={e.eventId} data-escalated={e.reference}>
              <Button appearance="subtle-button" aria-label={t.line.open(e.reference)} onClick={() => onOpen(e.referralId)}>
                {e.reference}
              </Button>{' '}
              <time dateTime={e.occurredAt}>{formatTime(e.occurredAt, language)}</time>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
