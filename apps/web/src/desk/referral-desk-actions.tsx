import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { ReferralFieldsFragment, ReferralStatus } from '../gql/graphql';
import { useT } from '../i18n/language';
import { CANCEL_REFERRAL, SUBMIT_REFERRAL } from './desk.operations';

const TERMINAL: readonly ReferralStatus[] = ['COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED'];

/**
 * What the desk itself may still do with a referral: send a draft left behind by an interrupted
 * intake, or withdraw it with a reason. The hub decides; this only hides what cannot apply.
 */
export function ReferralDeskActions({ referral }: { referral: ReferralFieldsFragment }) {
  const t = useT();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submit, submitting] = useMutation(SUBMIT_REFERRAL);
  const [cancel, cancelling] = useMutation(CANCEL_REFERRAL);
  if (TERMINAL.includes(referral.status)) return null;
  const busy = submitting.loading || cancelling.loading;

  async function attempt(run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      setWithdrawing(false);
      setReason('');
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t.desk.missing);
    void attempt(() => cancel({ variables: { id: referral.id, reason: reason.trim() } }));
  }

  return (
    <div className="ll-desk-actions">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {withdrawing ? (
        <form onSubmit={confirm} className="ll-form" aria-label={`${t.desk.withdraw} ${referral.reference}`} noValidate>
          <FormFieldTextbox label={t.desk.withdrawReason} required value={reason} onChange={(e) => setReason((e.target as HTMLInputElement).value)} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" hint="danger" disabled={busy}>
              {t.desk.withdrawConfirm}
            </Button>
            <Button appearance="subtle-button" onClick={() => setWithdrawing(false)}>
              {t.desk.cancel}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          {referral.status === 'DRAFT' && (
            <Button appearance="primary-action-button" disabled={busy} onClick={() => void attempt(() => submit({ variables: { id: referral.id } }))}>
              {t.desk.send}
            </Button>
          )}
          <Button appearance="subtle-button" disabled={busy} aria-label={`${t.desk.withdraw} ${referral.reference}`} onClick={() => setWithdrawing(true)}>
            {t.desk.withdraw}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}
