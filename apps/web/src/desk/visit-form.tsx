import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldTextarea, FormFieldTextbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, invalidFields } from '../api/error-message';
import type { Channel } from '../gql/graphql';
import { useT } from '../i18n/language';
import { RadioGroup } from '../shared/fields';
import { ADD_REFERRAL, OPEN_VISIT, OPEN_VISITS, SUBMIT_REFERRAL } from './desk.operations';
import { carriesRefusedData, emptyDraft, isComplete, type ReferralDraft, ReferralDraftFields } from './referral-draft';

const CHANNELS: readonly Channel[] = ['WALK_IN', 'PHONE', 'ONLINE'];
const EMPTY_CITIZEN = { name: '', phone: '', email: '', bsn: '' };

/** What has reached the hub already, so a retry after an error never opens or sends twice. */
interface Progress {
  visitId?: string;
  added: Record<number, string>;
  submitted: Record<number, string>;
}

/** Opens a visit, adds one referral per agency and sends them, in one form and one submit. */
export function VisitForm() {
  const t = useT();
  const client = useApolloClient();
  const [channel, setChannel] = useState<Channel>('WALK_IN');
  const [questions, setQuestions] = useState('');
  const [citizen, setCitizen] = useState(EMPTY_CITIZEN);
  const [drafts, setDrafts] = useState<ReferralDraft[]>([emptyDraft(1)]);
  /** Bumped on reset so every field, including each topic search box, starts empty again. */
  const [generation, setGeneration] = useState(0);
  const [progress, setProgress] = useState<Progress>({ added: {}, submitted: {} });
  const [busy, setBusy] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [rejectedFields, setRejectedFields] = useState<string[]>([]);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [openVisit] = useMutation(OPEN_VISIT);
  const [addReferral] = useMutation(ADD_REFERRAL);
  const [submitReferral] = useMutation(SUBMIT_REFERRAL);

  const questionList = questions.split('\n').map((q) => q.trim()).filter(Boolean);
  /** The warning stands beside the field; nothing is sent until it is gone. */
  const refused = drafts.some(carriesRefusedData);
  const show = (next: typeof result) => {
    setResult(next);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setRejectedFields([]);
    if (questionList.length === 0 || !drafts.every(isComplete)) return show({ type: 'error', text: t.desk.missing });
    if (refused) return;
    setBusy(true);
    const done: Progress = { added: { ...progress.added }, submitted: { ...progress.submitted } };
    try {
      done.visitId = progress.visitId;
      if (!done.visitId) {
        const given = Object.fromEntries(Object.entries(citizen).map(([k, v]) => [k, v.trim() || null]));
        const visit = await openVisit({
          variables: { input: { channel, questions: questionList, citizen: Object.values(given).some(Boolean) ? given : null } },
        });
        done.visitId = visit.data!.openVisit.id;
      }
      for (const draft of drafts) {
        if (!done.added[draft.key]) {
          const added = await addReferral({
            variables: {
              input: {
                visitId: done.visitId,
                agencyCode: draft.topic!.agencyCode,
                topicId: draft.topic!.id,
                urgency: draft.urgency,
                summary: draft.summary.trim(),
                consent: { categories: draft.categories, method: draft.method },
              },
            },
          });
          done.added[draft.key] = added.data!.addReferral.id;
        }
        if (!done.submitted[draft.key]) {
          const sent = await submitReferral({ variables: { id: done.added[draft.key]! } });
          done.submitted[draft.key] = sent.data!.submitReferral.reference;
        }
      }
      await client.refetchQueries({ include: [OPEN_VISITS] });
      setChannel('WALK_IN');
      setQuestions('');
      setCitizen(EMPTY_CITIZEN);
      setDrafts([emptyDraft(1)]);
      setGeneration(generation + 1);
      setAttempted(false);
      setProgress({ added: {}, submitted: {} });
      show({ type: 'ok', text: t.desk.sent(Object.values(done.submitted).join(', ')) });
    } catch (error) {
      setProgress(done);
      setRejectedFields(invalidFields(error));
      show({ type: 'error', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const setField = (key: keyof typeof EMPTY_CITIZEN) => (e: { target: EventTarget }) =>
    setCitizen({ ...citizen, [key]: (e.target as HTMLInputElement).value });
  /** Props that mark a citizen field the hub refused, e.g. a BSN failing the elfproef. */
  const checked = (key: keyof typeof EMPTY_CITIZEN) =>
    rejectedFields.includes(key) ? { invalid: true, errorMessage: t.desk.invalid[key] } : {};

  return (
    <section aria-labelledby="new-visit" className="ll-section">
      <Heading2 id="new-visit">{t.desk.newVisit}</Heading2>
      <Paragraph>{t.desk.newVisitIntro}</Paragraph>
      <div ref={resultRef} tabIndex={-1} className="ll-result">
        {result && (
          <Alert type={result.type === 'ok' ? 'ok' : 'error'} role={result.type === 'ok' ? 'status' : 'alert'}>
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        )}
      </div>
      <form className="ll-form" onSubmit={send} noValidate aria-labelledby="new-visit">
        <RadioGroup
          legend={t.desk.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t.channel[c] }))}
          value={channel}
          onChange={setChannel}
        />
        <FormFieldTextarea
          label={t.desk.questions}
          description={t.desk.questionsHint}
          required
          rows={3}
          invalid={attempted && questionList.length === 0}
          errorMessage={attempted && questionList.length === 0 ? t.desk.invalid.questions : undefined}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
        />
        <Fieldset>
          <FieldsetLegend>{t.desk.citizen}</FieldsetLegend>
          <FormFieldDescription>{t.desk.citizenHint}</FormFieldDescription>
          <FormFieldTextbox label={t.desk.name} autoComplete="off" value={citizen.name} onChange={setField('name')} {...checked('name')} />
          <FormFieldTextbox label={t.desk.phone} type="tel" autoComplete="off" value={citizen.phone} onChange={setField('phone')} {...checked('phone')} />
          <FormFieldTextbox label={t.desk.email} type="email" autoComplete="off" value={citizen.email} onChange={setField('email')} {...checked('email')} />
          <FormFieldTextbox
            label={t.desk.bsn}
            description={t.desk.bsnHint}
            autoComplete="off"
            maxLength={9}
            value={citizen.bsn}
            onChange={setField('bsn')}
            {...checked('bsn')}
          />
        </Fieldset>
        {drafts.map((draft, index) => (
          <ReferralDraftFields
            key={`${generation}-${draft.key}`}
            number={index + 1}
            draft={draft}
            showErrors={attempted}
            onChange={(next) => setDrafts(drafts.map((d) => (d.key === next.key ? next : d)))}
            onRemove={drafts.length > 1 && !progress.added[draft.key] ? () => setDrafts(drafts.filter((d) => d.key !== draft.key)) : undefined}
          />
        ))}
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setDrafts([...drafts, emptyDraft(Math.max(...drafts.map((d) => d.key)) + 1)])}>
            {t.desk.addReferral}
          </Button>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || refused}>
            {busy ? t.desk.busy : t.desk.submit}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
