import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { DeskReferral } from './desk-referral';
import { useLanguage } from '../i18n/language';
import { formatDateTime, formatTime, secondsBetween } from '../shared/format';
import { AWAITING_PICKUP, ReferralStatusBadge } from '../shared/referral-status';
import { Timeline } from '../shared/timeline';
import { currentDeadline, pickupAlert } from './pickup-watch';
import { ReferralDeskActions } from './referral-desk-actions';

/** One referral on the desk's board: where it is, how long it waits, what comes next, and its history. */
export function ReferralRow({ referral, now }: { referral: DeskReferral; now: number }) {
  const { t, language } = useLanguage();
  const waiting = AWAITING_PICKUP.includes(referral.status) && referral.submittedAt;
  const waited = referral.submittedAt ? secondsBetween(referral.submittedAt, waiting ? now : (referral.acceptedAt ?? now)) : 0;
  const alerting = Boolean(waiting) && pickupAlert(referral, waited, now);
  const deadline = waiting ? currentDeadline(referral) : null;
  const appointment = referral.appointment;
  return (
    <li className={`ll-referral${alerting ? ' ll-referral--overdue' : ''}`} data-referral={referral.reference}>
      <div className="ll-referral__head">
        <strong>{referral.agency.name}</strong>
        <span>{referral.topic.name}</span>
        <ReferralStatusBadge status={referral.status} />
      </div>
      <Paragraph className="ll-referral__meta">
        {t.desk.reference} {referral.reference} · {t.urgency[referral.urgency]}
        {referral.businessStatus ? ` · ${t.businessStatus[referral.businessStatus]}` : ''}
        {referral.rejectReasonCode ? ` · ${t.rejectReason[referral.rejectReasonCode]}` : ''}
        {referral.failReasonCode ? ` · ${t.failReason[referral.failReasonCode]}` : ''}
      </Paragraph>
      {referral.status === 'REJECTED' && referral.rejectReasonCode && !referral.reroutedTo && (
        <Alert type="warning">
          <Paragraph>{t.resend.sentBack(referral.agency.name, t.rejectReason[referral.rejectReasonCode])}</Paragraph>
          {referral.rejectionNote && (
            <Paragraph className="ll-rejection-note">
              {t.resend.explanation} <q>{referral.rejectionNote}</q>
            </Paragraph>
          )}
        </Alert>
      )}
      {referral.reroutedTo && (
        <Paragraph className="ll-chain">
          {referral.reroutedTo.agencyCode === referral.agencyCode ? t.resend.sentAgainAs(referral.reroutedTo.reference) : t.reroute.sentOnAs(referral.reroutedTo.reference)}
        </Paragraph>
      )}
      {waiting && (
        <Paragraph className="ll-timer">
          {t.desk.waiting}{' '}
          <time dateTime={`PT${waited}S`} className={referral.urgency === 'LIVE' ? 'll-timer--live' : undefined}>
            {t.duration(waited)}
          </time>
          {deadline && (
            <>
              {' · '}
              {t.desk.dueAt(formatTime(deadline, language))}
            </>
          )}
        </Paragraph>
      )}
      {!waiting && referral.acceptedAt && referral.submittedAt && (
        <Paragraph className="ll-timer">{t.desk.pickedUpAfter(t.duration(secondsBetween(referral.submittedAt, referral.acceptedAt)))}</Paragraph>
      )}
      {appointment && (
        <Paragraph className="ll-appointment">
          {t.schedule.kinds[appointment.kind]}: {formatDateTime(appointment.startsAt, language)}
          {appointment.endsAt ? ` – ${formatTime(appointment.endsAt, language)}` : ''} · {t.schedule.channels[appointment.channel]}
        </Paragraph>
      )}
      {alerting && (
        <Alert type="warning" role="alert">
          <Paragraph>
            <strong>{t.desk.notPickedUp(referral.agency.name)}</strong>
          </Paragraph>
          <Paragraph>{referral.urgency === 'LIVE' ? t.desk.notPickedUpLive : t.desk.notPickedUpAdvice}</Paragraph>
        </Alert>
      )}
      <ReferralDeskActions referral={referral} alerting={alerting} />
      <details className="ll-details">
        <summary>
          {t.desk.timeline} ({referral.reference})
        </summary>
        <Timeline events={referral.timeline} />
      </details>
    </li>
  );
}
