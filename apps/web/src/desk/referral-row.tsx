import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReferralFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n/language';
import { secondsBetween } from '../shared/format';
import { AWAITING_PICKUP, ReferralStatusBadge } from '../shared/referral-status';
import { Timeline } from '../shared/timeline';
import { PICKUP_ALERT_AFTER_SECONDS, isPickupOverdue } from './pickup-watch';
import { ReferralDeskActions } from './referral-desk-actions';

/** One referral on the desk's board: where it is, how long it waits, and its history. */
export function ReferralRow({ referral, now }: { referral: ReferralFieldsFragment; now: number }) {
  const t = useT();
  const waiting = AWAITING_PICKUP.includes(referral.status) && referral.submittedAt;
  const waited = referral.submittedAt ? secondsBetween(referral.submittedAt, waiting ? now : (referral.acceptedAt ?? now)) : 0;
  const overdue = waiting && isPickupOverdue(referral.urgency, waited);
  return (
    <li className={`ll-referral${overdue ? ' ll-referral--overdue' : ''}`} data-referral={referral.reference}>
      <div className="ll-referral__head">
        <strong>{referral.agency.name}</strong>
        <span>{referral.topic.name}</span>
        <ReferralStatusBadge status={referral.status} />
      </div>
      <Paragraph className="ll-referral__meta">
        {t.desk.reference} {referral.reference} · {t.urgency[referral.urgency]}
        {referral.businessStatus ? ` · ${t.businessStatus[referral.businessStatus]}` : ''}
        {referral.rejectReasonCode ? ` · ${t.rejectReason[referral.rejectReasonCode]}` : ''}
      </Paragraph>
      {waiting && (
        <Paragraph className="ll-timer">
          {t.desk.waiting}{' '}
          <time dateTime={`PT${waited}S`} className={referral.urgency === 'LIVE' ? 'll-timer--live' : undefined}>
            {t.duration(waited)}
          </time>
        </Paragraph>
      )}
      {!waiting && referral.acceptedAt && referral.submittedAt && (
        <Paragraph className="ll-timer">{t.desk.pickedUpAfter(t.duration(secondsBetween(referral.submittedAt, referral.acceptedAt)))}</Paragraph>
      )}
      {overdue && (
        <Alert type="warning" role="alert">
          <Paragraph>
            <strong>{t.desk.notPickedUp(referral.agency.name, Math.round(PICKUP_ALERT_AFTER_SECONDS[referral.urgency]! / 60))}</strong>
          </Paragraph>
          <Paragraph>{t.desk.notPickedUpAdvice}</Paragraph>
        </Alert>
      )}
      <ReferralDeskActions referral={referral} />
      <details className="ll-details">
        <summary>
          {t.desk.timeline} ({referral.reference})
        </summary>
        <Timeline events={referral.timeline} />
      </details>
    </li>
  );
}
