import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { AppointmentKind, ContactChannel } from '../gql/graphql';
import { useT } from '../i18n/language';
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
  const [schedule, { loading }] = useMutation(SCHEDULE_APPOINTMENT);
  const check = useFreeTextWarning(props.consent, props.agencyName);
  const hasPlace = kind === 'APPOINTMENT' && channel !== 'PHONE';
  const placeWarning = check(hasPlace ? place : '');
  const extraWarning = check(extra);
  const refused = placeWarning.invalid || extraWarning.invalid;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!startsAt || (kind === 'CALLBACK' && !endsAt)) return setError(t.desk.missing);
    if (refused) return;
    try {
      await schedule({
        variables: {
          input: {
            referralId: props.referralId,
            kind,
            channel: kind === 'CALLBACK' ? 'PHONE' : channel,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: kind === 'CALLBACK' ? new Date(endsAt).toISOString() : null,
            place: hasPlace && place.trim() ? place.trim() : null,
            extraItems: extra.split('\n').map((i) => i.trim()).filter(Boolean),
          },
        },
      });
      props.onDone();
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  return (
    <form className="ll-form" onSubmit={submit} noValidate aria-label={t.schedule.title(props.reference)}>
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
        value={startsAt}
        onChange={(e) => setStartsAt((e.target as HTMLInputElement).value)}
      />
      {kind === 'CALLBACK' && (
        <FormFieldTextbox label={t.schedule.windowCloses} type="datetime-local" required value={endsAt} onChange={(e) => setEndsAt((e.target as HTMLInputElement).value)} />
      )}
      {hasPlace && (
        <FormFieldTextbox
          label={t.schedule.place}
          description={t.schedule.placeHint}
          value={place}
          onChange={(e) => setPlace((e.target as HTMLInputElement).value)}
          {...placeWarning}
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
        {...extraWarning}
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
