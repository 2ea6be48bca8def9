import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { FailReasonCode, ReferralFieldsFragment, ReferralStatus, RejectReasonCode } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { SelectField } from '../shared/fields';
import { type FreeTextConsent, useFreeTextWarning } from '../shared/personal-data';
import { ScheduleForm } from '../shared/schedule-form';
import {
  ACCEPT_REFERRAL,
  COMPLETE_REFERRAL,
  FAIL_REFERRAL,
  HOLD_REFERRAL,
  LINE_STAFF,
  REASSIGN_REFERRAL,
  REJECT_REFERRAL,
  RESUME_REFERRAL,
  START_REFERRAL,
  TAKE_OVER_REFERRAL,
} from './line.operations';

type Action = 'accept' | 'reject' | 'start' | 'hold' | 'resume' | 'complete' | 'fail' | 'schedule' | 'reassign';

/** Which buttons to offer; the hub's lifecycle table decides, this only avoids offering a dead end. */
const ACTIONS: Record<ReferralStatus, readonly Action[]> = {
  DRAFT: [],
  REQUESTED: [],
  RECEIVED: ['accept', 'reject'],
  ACCEPTED: ['start', 'schedule', 'hold', 'complete', 'fail'],
  IN_PROGRESS: ['schedule', 'hold', 'complete', 'fail'],
  ON_HOLD: ['resume', 'schedule', 'complete', 'fail'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
  FAILED: [],
};

/** Actions that need words first open a small form; the others act at once. */
const NEEDS_INPUT: ReadonlySet<Action> = new Set(['reject', 'hold', 'complete', 'fail', 'schedule', 'reassign']);

/** Actions whose words the desk reads too. */
const WRITES_TEXT: ReadonlySet<Action> = new Set(['reject', 'hold', 'complete', 'fail']);

/** Only a coordinator hands work to someone else, and only once it is picked up. */
const REASSIGNABLE: readonly ReferralStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

export function ReferralActions(props: {
  referral: ReferralFieldsFragment;
  /** What the citizen agreed to share with this agency: notes, reasons and outcomes reach the desk too. */
  consent: FreeTextConsent | null;
  /** The agency's own coded reasons, in its order. */
  rejectReasons: readonly RejectReasonCode[];
  /** The coded reasons the agency's staff may fail with. */
  failReasons: readonly FailReasonCode[];
  whatToBring: readonly string[];
  coordinator: boolean;
  assignee: { id: string; displayName: string } | null;
  /** This viewer has the case, or coordinates the line (libs/domain, mayActOnCase). */
  mayAct: boolean;
  /** Another specialist has the case; this one may take it over, recorded. */
  mayTakeOver: boolean;
  /** An appointment or callback is set already: the button offers to change it. */
  scheduled: boolean;
  onMoved: (status: ReferralStatus) => void;
}) {
  const { referral, onMoved } = props;
  const { t, language } = useLanguage();
  const words = LINE_WORDS[language];
  const [open, setOpen] = useState<Action | null>(null);
  const [reasonCode, setReasonCode] = useState<RejectReasonCode | ''>('');
  const [failCode, setFailCode] = useState<FailReasonCode | ''>('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [accept, a] = useMutation(ACCEPT_REFERRAL);
  const [reject, b] = useMutation(REJECT_REFERRAL);
  const [hold, c] = useMutation(HOLD_REFERRAL);
  const [resume, d] = useMutation(RESUME_REFERRAL);
  const [start, e] = useMutation(START_REFERRAL);
  const [complete, f] = useMutation(COMPLETE_REFERRAL);
  const [reassign, g] = useMutation(REASSIGN_REFERRAL);
  const [fail, h] = useMutation(FAIL_REFERRAL);
  const [takeOver, k] = useMutation(TAKE_OVER_REFERRAL);
  const staff = useQuery(LINE_STAFF, { skip: !props.coordinator });
  const [assignee, setAssignee] = useState('');
  const busy = [a, b, c, d, e, f, g, h, k].some((m) => m.loading);
  const textWarning = useFreeTextWarning(props.consent, referral.agency.name)(open && WRITES_TEXT.has(open) ? text : '');
  const id = referral.id;
  const label: Record<Action, string> = {
    accept: t.line.accept,
    reject: t.line.reject,
    start: t.line.start,
    hold: t.line.hold,
    resume: t.line.resume,
    complete: t.line.complete,
    fail: t.line.fail,
    schedule: props.scheduled ? t.schedule.change : t.schedule.button,
    reassign: t.line.reassign,
  };

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
          case 'fail':
            return (await fail({ variables: { input: { id, reasonCode: failCode as FailReasonCode, note: text.trim() || null } } })).data?.failReferral;
          case 'reassign':
            return (await reassign({ variables: { id, toAccountId: assignee } })).data?.reassignReferral;
          case 'schedule':
            return null;
        }
      })();
      setOpen(null);
      setText('');
      setReasonCode('');
      setFailCode('');
      setAssignee('');
      if (moved) onMoved(moved.status);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!open) return;
    const missing = open === 'reject' ? !reasonCode : open === 'fail' ? !failCode : open === 'reassign' ? !assignee : !text.trim();
    if (missing) return setError(t.desk.missing);
    if (textWarning.invalid) return;
    void run(open);
  }

  async function takeOverCase() {
    setError(null);
    try {
      await takeOver({ variables: { id } });
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  const actions = props.mayAct ? [...ACTIONS[referral.status], ...(props.coordinator && REASSIGNABLE.includes(referral.status) ? (['reassign'] as const) : [])] : [];
  return (
    <section aria-labelledby="actions" className="ll-actions">
      <Heading3 id="actions">{t.line.actions}</Heading3>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {!props.mayAct && props.assignee && (
        <>
          <Paragraph data-other-handler>{words.otherHandler(props.assignee.displayName)}</Paragraph>
          {props.mayTakeOver && (
            <ButtonGroup>
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void takeOverCase()}>
                {words.takeOver}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
      {props.mayAct && actions.length === 0 && <Paragraph>{t.line.noActions}</Paragraph>}
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
      {open === 'schedule' && (
        <ScheduleForm
          referralId={id}
          reference={referral.reference}
          consent={props.consent}
          agencyName={referral.agency.name}
          whatToBring={props.whatToBring}
          onDone={() => (setOpen(null), onMoved(referral.status))}
          onCancel={() => setOpen(null)}
        />
      )}
      {open && open !== 'schedule' && (
        <form onSubmit={confirm} className="ll-form" aria-label={label[open]} noValidate>
          {open === 'reject' && (
            <>
              <SelectField
                label={t.line.rejectReason}
                placeholder="—"
                required
                value={reasonCode}
                options={props.rejectReasons.map((r) => ({ value: r, label: t.rejectReason[r] }))}
                onChange={setReasonCode}
              />
              <FormFieldTextarea label={t.line.rejectNote} rows={2} value={text} onChange={(ev) => setText(ev.target.value)} {...textWarning} />
            </>
          )}
          {open === 'fail' && (
            <>
              <SelectField
                label={t.line.failReason}
                placeholder="—"
                required
                value={failCode}
                options={props.failReasons.map((r) => ({ value: r, label: t.failReason[r] }))}
                onChange={setFailCode}
              />
              <FormFieldTextarea label={t.line.failNote} rows={2} value={text} onChange={(ev) => setText(ev.target.value)} />
            </>
          )}
          {open === 'hold' && (
            <FormFieldTextbox label={t.line.holdReason} required value={text} onChange={(ev) => setText((ev.target as HTMLInputElement).value)} {...textWarning} />
          )}
          {open === 'reassign' && (
            <SelectField
              label={t.line.reassignTo}
              placeholder="—"
              required
              value={assignee}
              options={(staff.data?.lineStaff ?? []).filter((m) => m.id !== props.assignee?.id).map((m) => ({ value: m.id, label: m.displayName }))}
              onChange={setAssignee}
            />
          )}
          {open === 'complete' && (
            <FormFieldTextarea label={t.line.completeOutcome} required rows={3} value={text} onChange={(ev) => setText(ev.target.value)} {...textWarning} />
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={busy || textWarning.invalid}>
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
