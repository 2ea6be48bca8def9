import { useMutation } from '@apollo/client/react';
import { canSendAgain } from '@domain/referral/send-on.js';
import { Alert, Button, ButtonGroup, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { ReferralStatus } from '../gql/graphql';
import type { DeskReferral } from './desk-referral';
import { useT } from '../i18n/language';
import { useFreeTextWarning } from '../shared/personal-data';
import { ScheduleForm } from '../shared/schedule-form';
import { CANCEL_REFERRAL, CONVERT_TO_CALLBACK, SUBMIT_REFERRAL } from './desk.operations';
import { RerouteForm } from './reroute-form';
import { ResendForm } from './resend-form';

const ENDED: readonly ReferralStatus[] = ['COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED'];
const PICKED_UP: readonly ReferralStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

type Mode = 'withdraw' | 'reroute' | 'resend' | 'schedule';

/**
 * What the desk itself may still do with a referral: send a draft left behind by an interrupted
 * intake, withdraw it, let a waiting citizen go home with a callback, plan the appointment once
 * picked up, or send a rejected one on (corrected to the same agency, or to another). The hub decides; this only hides what cannot apply.
 */
export function ReferralDeskActions({ referral, alerting }: { referral: DeskReferral; alerting: boolean }) {
  const t = useT();
  const [mode, setMode] = useState<Mode | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submit, submitting] = useMutation(SUBMIT_REFERRAL);
  const [cancel, cancelling] = useMutation(CANCEL_REFERRAL);
  const [convert, converting] = useMutation(CONVERT_TO_CALLBACK);
  const consent = referral.consent ?? null;
  const reasonWarning = useFreeTextWarning(consent, referral.agency.name)(reason);
  const reroutable = referral.status === 'REJECTED' && !referral.reroutedTo;
  // The same rule the hub runs: only a rejection the desk can put right goes back to the same agency.
  const resendable = canSendAgain({ ...referral, sentOn: Boolean(referral.reroutedTo) });
  if (ENDED.includes(referral.status) && !reroutable) return null;
  const busy = submitting.loading || cancelling.loading || converting.loading;
  const close = () => setMode(null);

  async function attempt(run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      setMode(null);
      setReason('');
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t.desk.missing);
    if (reasonWarning.invalid) return;
    void attempt(() => cancel({ variables: { id: referral.id, reason: reason.trim() } }));
  }

  return (
    <div className="ll-desk-actions">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {mode === 'reroute' && <RerouteForm referral={referral} onDone={close} onCancel={close} />}
      {mode === 'resend' && <ResendForm referral={referral} onDone={close} onCancel={close} />}
      {mode === 'schedule' && (
        <ScheduleForm referralId={referral.id} reference={referral.reference} consent={consent} agencyName={referral.agency.name} onDone={close} onCancel={close} />
      )}
      {mode === 'withdraw' && (
        <form onSubmit={confirm} className="ll-form" aria-label={`${t.desk.withdraw} ${referral.reference}`} noValidate>
          <FormFieldTextbox
            label={t.desk.withdrawReason}
            required
            value={reason}
            onChange={(e) => setReason((e.target as HTMLInputElement).value)}
            {...reasonWarning}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" hint="danger" disabled={busy || reasonWarning.invalid}>
              {t.desk.withdrawConfirm}
            </Button>
            <Button appearance="subtle-button" onClick={close}>
              {t.desk.cancel}
            </Button>
          </ButtonGroup>
        </form>
      )}
      {mode === null && (
        <ButtonGroup>
          {resendable && (
            <Button appearance="primary-action-button" aria-label={t.resend.open(referral.reference)} onClick={() => setMode('resend')}>
              {t.resend.button}
            </Button>
          )}
          {reroutable && (
            <Button
              appearance={resendable ? 'secondary-action-button' : 'primary-action-button'}
              aria-label={t.reroute.open(referral.reference)}
              onClick={() => setMode('reroute')}
            >
              {t.reroute.button}
            </Button>
          )}
          {referral.status === 'DRAFT' && (
            <Button appearance="primary-action-button" disabled={busy} onClick={() => void attempt(() => submit({ variables: { id: referral.id } }))}>
              {t.desk.send}
            </Button>
          )}
          {alerting && referral.urgency === 'LIVE' && (
            <Button
              appearance="primary-action-button"
              disabled={busy}
              aria-label={t.desk.toCallbackFor(referral.reference)}
              onClick={() => void attempt(() => convert({ variables: { id: referral.id } }))}
            >
              {t.desk.toCallback}
            </Button>
          )}
          {PICKED_UP.includes(referral.status) && (
            <Button
              appearance="secondary-action-button"
              aria-label={`${referral.appointment ? t.schedule.change : t.schedule.button}: ${referral.reference}`}
              onClick={() => setMode('schedule')}
            >
              {referral.appointment ? t.schedule.change : t.schedule.button}
            </Button>
          )}
          {!ENDED.includes(referral.status) && (
            <Button appearance="subtle-button" disabled={busy} aria-label={`${t.desk.withdraw} ${referral.reference}`} onClick={() => setMode('withdraw')}>
              {t.desk.withdraw}
            </Button>
          )}
        </ButtonGroup>
      )}
    </div>
  );
}
