import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { ReferralFieldsFragment, ReferralStatus, RejectReasonCode } from '../gql/graphql';
import { useT } from '../i18n/language';
import { SelectField } from '../shared/fields';
import { ACCEPT_REFERRAL, COMPLETE_REFERRAL, HOLD_REFERRAL, REJECT_REFERRAL, RESUME_REFERRAL, START_REFERRAL } from './line.operations';

type Action = 'accept' | 'reject' | 'start' | 'hold' | 'resume' | 'complete';

/** Which buttons to offer; the hub's lifecycle table decides, this only avoids offering a dead end. */
const ACTIONS: Record<ReferralStatus, readonly Action[]> = {
  DRAFT: [],
  REQUESTED: [],
  RECEIVED: ['accept', 'reject'],
  ACCEPTED: ['start', 'hold', 'complete'],
  IN_PROGRESS: ['hold', 'complete'],
  ON_HOLD: ['resume', 'complete'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
  FAILED: [],
};

const REASONS: readonly RejectReasonCode[] = ['NOT_OUR_DOMAIN', 'INSUFFICIENT_INFORMATION', 'CITIZEN_NOT_KNOWN', 'DUPLICATE', 'NEEDS_FORMAL_REQUEST'];

/** Actions that need words first open a small form; the others act at once. */
const NEEDS_INPUT: ReadonlySet<Action> = new Set(['reject', 'hold', 'complete']);

export function ReferralActions({ referral, onMoved }: { referral: ReferralFieldsFragment; onMoved: (status: ReferralStatus) => void }) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  const [reasonCode, setReasonCode] = useState<RejectReasonCode | ''>('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [accept, a] = useMutation(ACCEPT_REFERRAL);
  const [reject, b] = useMutation(REJECT_REFERRAL);
  const [hold, c] = useMutation(HOLD_REFERRAL);
  const [resume, d] = useMutation(RESUME_REFERRAL);
  const [start, e] = useMutation(START_REFERRAL);
  const [complete, f] = useMutation(COMPLETE_REFERRAL);
  const busy = [a, b, c, d, e, f].some((m) => m.loading);
  const id = referral.id;
  const label: Record<Action, string> = { accept: t.line.accept, reject: t.line.reject, start: t.line.start, hold: t.line.hold, resume: t.line.resume, complete: t.line.complete };

  async function run(action: Action): Promise<void> {
    setError(null);
    try {
      const moved = await (async () => {
        switch (action) {
          case 'accept':
            return (await accept({ variables: { id } })).data?.acceptReferral;
          case 'reject':
            return (await reject({ variables: { input: { id, reasonCode: reasonCode as RejectReasonCode, note: text.trim() || null } } })).data?.rejectReferral;
          case 'hold':
            return (await hold({ variables: { id, reason: text.trim() } })).data?.holdReferral;
          case 'resume':
            return (await resume({ variables: { id } })).data?.resumeReferral;
          case 'start':
            return (await start({ variables: { id } })).data?.startReferral;
          case 'complete':
            return (await complete({ variables: { id, outcome: text.trim() } })).data?.completeReferral;
        }
      })();
      setOpen(null);
      setText('');
      setReasonCode('');
      if (moved) onMoved(moved.status);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!open) return;
    if (open === 'reject' ? !reasonCode : !text.trim()) return setError(t.desk.missing);
    void run(open);
  }

  const actions = ACTIONS[referral.status];
  return (
    <section aria-labelledby="actions" className="ll-actions">
      <Heading3 id="actions">{t.line.actions}</Heading3>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {actions.length === 0 && <Paragraph>{t.line.noActions}</Paragraph>}
      {!open && actions.length > 0 && (
        <ButtonGroup>
          {actions.map((action) => (
            <Button
              key={action}
              appearance={action === actions[0] ? 'primary-action-button' : 'secondary-action-button'}
              disabled={busy}
              onClick={() => (NEEDS_INPUT.has(action) ? setOpen(action) : void run(action))}
            >
              {label[action]}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {open && (
        <form onSubmit={confirm} className="ll-form" aria-label={label[open]} noValidate>
          {open === 'reject' && (
            <>
              <SelectField
                label={t.line.rejectReason}
                placeholder="—"
                required
                value={reasonCode}
                options={REASONS.map((r) => ({ value: r, label: t.rejectReason[r] }))}
                onChange={setReasonCode}
              />
              <FormFieldTextarea label={t.line.rejectNote} rows={2} value={text} onChange={(ev) => setText(ev.target.value)} />
            </>
          )}
          {open === 'hold' && (
            <FormFieldTextbox label={t.line.holdReason} required value={text} onChange={(ev) => setText((ev.target as HTMLInputElement).value)} />
          )}
          {open === 'complete' && (
            <FormFieldTextarea label={t.line.completeOutcome} required rows={3} value={text} onChange={(ev) => setText(ev.target.value)} />
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {t.line.confirm}: {label[open]}
            </Button>
            <Button appearance="subtle-button" onClick={() => setOpen(null)}>
              {t.line.cancel}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
