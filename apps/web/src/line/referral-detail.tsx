import { useQuery } from '@apollo/client/react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { errorMessage } from '../api/error-message';
import { useSignedIn } from '../api/session-context';
import type { ReferralStatus } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { formatDateTime } from '../shared/format';
import { ReferralStatusBadge } from '../shared/referral-status';
import { Timeline } from '../shared/timeline';
import { REFERRAL_DETAIL } from './line.operations';
import { ReferralActions } from './referral-actions';

/** One referral as the agency may see it: only the citizen details the citizen consented to. */
export function ReferralDetail({ id, onMoved }: { id: string; onMoved: (reference: string, status: ReferralStatus) => void }) {
  const { t, language } = useLanguage();
  const { account } = useSignedIn();
  const { data, error } = useQuery(REFERRAL_DETAIL, { variables: { id } });
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>{errorMessage(error, t)}</Paragraph>
      </Alert>
    );
  }
  const referral = data?.referral;
  if (!referral) return null;
  const citizen = referral.citizen;
  const rows = citizen
    ? ([
        [t.desk.name, citizen.name],
        [t.desk.phone, citizen.phone],
        [t.desk.email, citizen.email],
        [t.desk.bsn, citizen.bsn],
      ] as const).filter(([, value]) => value)
    : [];
  return (
    <article aria-labelledby="detail" className="ll-detail">
      <Heading2 id="detail">
        {t.line.detail} {referral.reference}
      </Heading2>
      <Paragraph>
        {referral.topic.name} · {t.urgency[referral.urgency]} · <ReferralStatusBadge status={referral.status} />
        {referral.failReasonCode ? ` · ${t.failReason[referral.failReasonCode]}` : ''}
      </Paragraph>
      <Heading3>{t.line.question}</Heading3>
      <Paragraph>{referral.summary ?? t.line.noQuestion}</Paragraph>
      <Heading3>{t.line.citizen}</Heading3>
      {rows.length === 0 ? (
        <Paragraph>{t.line.noCitizen}</Paragraph>
      ) : (
        <DataList>
          {rows.map(([key, value]) => (
            <DataListItem key={key}>
              <DataListKey>{key}</DataListKey>
              <DataListValue value={value ?? ''}>{value}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
      )}
      {referral.consent && (
        <>
          <Heading3>{t.line.consent}</Heading3>
          <Paragraph>
            {referral.consent.categories.map((c) => t.dataCategory[c]).join(', ') || '—'} ·{' '}
            {t.line.consentRecorded(t.consentMethod[referral.consent.method], formatDateTime(referral.consent.recordedAt, language))}
          </Paragraph>
        </>
      )}
      {referral.outcome && (
        <>
          <Heading3>{t.line.outcome}</Heading3>
          <Paragraph>{referral.outcome}</Paragraph>
        </>
      )}
      {referral.assignee && (
        <Paragraph>
          {t.line.assignee}: {referral.assignee.displayName}
        </Paragraph>
      )}
      {referral.appointment && (
        <>
          <Heading3>{t.schedule.kinds[referral.appointment.kind]}</Heading3>
          <Paragraph>
            {formatDateTime(referral.appointment.startsAt, language)}
            {referral.appointment.endsAt ? ` – ${formatDateTime(referral.appointment.endsAt, language)}` : ''} · {t.schedule.channels[referral.appointment.channel]}
            {referral.appointment.place ? ` · ${referral.appointment.place}` : ''}
          </Paragraph>
        </>
      )}
      {referral.whatToBring.length > 0 && (
        <>
          <Heading3>{t.desk.whatToBring}</Heading3>
          <UnorderedList>
            {referral.whatToBring.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <ReferralActions
        referral={referral}
        consent={referral.consent ?? null}
        rejectReasons={referral.agency.rejectReasons}
        failReasons={referral.agency.failReasons}
        whatToBring={referral.whatToBring}
        coordinator={account.role === 'AGENCY_COORDINATOR'}
        assigneeId={referral.assignee?.id ?? null}
        scheduled={referral.appointment != null}
        onMoved={(status) => onMoved(referral.reference, status)}
      />
      <Heading3>{t.desk.timeline}</Heading3>
      <Timeline events={referral.timeline} />
    </article>
  );
}
