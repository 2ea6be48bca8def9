import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type AppointmentRequest, normaliseAppointment } from '@domain/referral/appointment.js';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { AppointmentKind, ContactChannel } from '../gql/graphql';
import type { Dictionary } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { type FieldErrors, type FieldIssue, fieldIssues, fieldKey, focusFirstInvalid } from './field-errors';
import { RadioGroup } from './fields';
import { type FreeTextConsent, useFreeTextWarning } from './personal-data';
import { SCHEDULE_APPOINTMENT } from './schedule.operations';

const KINDS: readonly AppointmentKind[] = ['APPOINTMENT', 'CALLBACK'];
const CHANNELS: readonly ContactChannel[] = ['IN_PERSON', 'PHONE', 'VIDEO'];

/** A datetime-local value (local wall clock) one working morning from now. */
function tomorrowAt(hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

/** The words beside an appointment field for the rule's issue (libs/domain appointment.ts names the field and the rule). */
function appointmentMessage(issue: FieldIssue, t: Dictionary): string {
  const field = fieldKey(issue.path).split('.')[0];
  if (field === 'startsAt') return issue.message.includes('year') ? t.formCheck.startsAtFar : issue.message.includes('future') ? t.formCheck.startsAtPast : t.formCheck.startsAtMissing;
  if (field === 'endsAt') return t.formCheck.endsAt;
  if (field === 'place') return t.formCheck.place;
  if (field === 'channel') return t.formCheck.channel;
  if (field === 'extraItems') return t.formCheck.extraItems;
  return t.error.badInput;
}

function toErrors(issues: readonly FieldIssue[], t: Dictionary): FieldErrors {
  return Object.fromEntries(issues.map((issue) => [fieldKey(issue.path).split('.')[0]!, appointmentMessage(issue, t)]));
}

/**
 * Set an appointment or a callback window for a picked-up referral, with what the citizen should
 * bring: the topic's own list is shown, the form adds free items (one per line).
 */
export function ScheduleForm(props: {
  referralId: string;
  reference: string;
  /** Both sides read the place and the items: they follow the citizen's consent for this agency. */
  consent: FreeTextConsent | null;
  agencyName: string;
  whatToBring?: readonly string[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<AppointmentKind>('APPOINTMENT');
  const [channel, setChannel] = useState<ContactChannel>('IN_PERSON');
  const [startsAt, setStartsAt] = useState(tomorrowAt(10));
  const [endsAt, setEndsAt] = useState(tomorrowAt(12));
  const [place, setPlace] = useState('');
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [hubErrors, setHubErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [schedule, { loading }] = useMutation(SCHEDULE_APPOINTMENT);
  const check = useFreeTextWarning(props.consent, props.agencyName);
  const hasPlace = kind === 'APPOINTMENT' && channel !== 'PHONE';
  const placeWarning = check(hasPlace ? place : '');
  const extraWarning = check(extra);
  const refused = placeWarning.invalid || extraWarning.invalid;
  const placeRequired = kind === 'APPOINTMENT' && channel === 'IN_PERSON';
  const request = {
    kind,
    channel: kind === 'CALLBACK' ? 'PHONE' : channel,
    startsAt: new Date(startsAt),
    endsAt: kind === 'CALLBACK' ? new Date(endsAt) : null,
    place: hasPlace && place.trim() ? place.trim() : null,
    extraItems: extra.split('\n').map((i) => i.trim()).filter(Boolean),
  } as const;

  /** Every field at once, by the hub's own rule (libs/domain appointment.ts); an empty date counts as missing. */
  function checkAll(): FieldErrors {
    try {
      // The generated types carry the enums' strings; the values are the same.
      normaliseAppointment(request as unknown as AppointmentRequest, new Date(), ['input']);
      return {};
    } catch (err) {
      const found = toErrors(fieldIssues(err), t);
      return startsAt ? found : { ...found, startsAt: t.formCheck.startsAtMissing };
    }
  }
  const errors: FieldErrors = { ...(attempted ? checkAll() : {}), ...hubErrors };
  const marked = (key: string) => (errors[key] ? { invalid: true, errorMessage: errors[key] } : {});

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setAttempted(true);
    setHubErrors({});
    const found = checkAll();
    if (Object.keys(found).length > 0) {
      setError(t.formCheck.summary(Object.keys(found).length));
      return focusFirstInvalid(formRef.current);
    }
    if (refused) return;
    try {
      await schedule({
        variables: {
          input: {
            referralId: props.referralId,
            ...request,
            startsAt: request.startsAt.toISOString(),
            endsAt: request.endsAt?.toISOString() ?? null,
          },
        },
      });
      props.onDone();
    } catch (err) {
      const refusedByHub = toErrors(fieldIssues(err), t);
      setHubErrors(refusedByHub);
      setError(Object.keys(refusedByHub).length > 0 ? t.formCheck.summary(Object.keys(refusedByHub).length) : errorMessage(err, t));
      focusFirstInvalid(formRef.current);
    }
  }

  return (
    <form ref={formRef} className="ll-form" onSubmit={submit} noValidate aria-label={t.schedule.title(props.reference)}>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <RadioGroup legend={t.schedule.kind} options={KINDS.map((k) => ({ value: k, label: t.schedule.kinds[k] }))} value={kind} onChange={setKind} />
      {kind === 'APPOINTMENT' && (
        <RadioGroup legend={t.schedule.channel} options={CHANNELS.map((c) => ({ value: c, label: t.schedule.channels[c] }))} value={channel} onChange={setChannel} />
      )}
      <FormFieldTextbox
        label={kind === 'CALLBACK' ? t.schedule.windowOpens : t.schedule.startsAt}
        type="datetime-local"
        required
        {...marked('startsAt')}
        value={startsAt}
        onChange={(e) => setStartsAt((e.target as HTMLInputElement).value)}
      />
      {kind === 'CALLBACK' && (
        <FormFieldTextbox
          label={t.schedule.windowCloses}
          type="datetime-local"
          required
          {...marked('endsAt')}
          value={endsAt}
          onChange={(e) => setEndsAt((e.target as HTMLInputElement).value)}
        />
      )}
      {hasPlace && (
        <FormFieldTextbox
          label={placeRequired ? t.formCheck.placeRequired : t.schedule.place}
          description={t.schedule.placeHint}
          required={placeRequired}
          value={place}
          onChange={(e) => setPlace((e.target as HTMLInputElement).value)}
          {...(placeWarning.invalid ? placeWarning : marked('place'))}
        />
      )}
      {props.whatToBring && props.whatToBring.length > 0 && (
        <div className="ll-bring">
          <Paragraph>
            <strong>{t.desk.whatToBring}</strong>
          </Paragraph>
          <UnorderedList>
            {props.whatToBring.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <FormFieldTextarea
        label={t.schedule.extraItems}
        description={t.schedule.extraItemsHint}
        rows={2}
        value={extra}
        onChange={(e) => setExtra(e.target.value)}
        {...(extraWarning.invalid ? extraWarning : marked('extraItems'))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={loading || refused}>
          {t.schedule.submit}
        </Button>
        <Button appearance="subtle-button" onClick={props.onCancel}>
          {t.desk.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
