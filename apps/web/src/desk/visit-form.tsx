import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldTextarea, FormFieldTextbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { normaliseCitizenContact } from '@domain/citizen/citizen-contact.js';
import { normaliseQuestions } from '@domain/visit/visit-rules.js';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { Channel } from '../gql/graphql';
import type { Dictionary } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { type FieldErrors, fieldIssues, fieldKey, focusFirstInvalid } from '../shared/field-errors';
import { RadioGroup } from '../shared/fields';
import type { Notify } from './desk-notice';
import { ADD_REFERRAL, OPEN_VISIT, OPEN_VISITS, SUBMIT_REFERRAL } from './desk.operations';
import { carriesRefusedData, type DraftErrors, draftErrors, emptyDraft, type ReferralDraft, ReferralDraftFields } from './referral-draft';

const CHANNELS: readonly Channel[] = ['WALK_IN', 'PHONE', 'ONLINE'];
const EMPTY_CITIZEN = { name: '', phone: '', email: '', bsn: '' };
type CitizenField = keyof typeof EMPTY_CITIZEN;

/** What has reached the hub already, so a retry after an error never opens or sends twice. */
interface Progress {
  visitId?: string;
  added: Record<number, string>;
  submitted: Record<number, string>;
}

/** The words beside a field for an issue the rules found; keys as fieldKey gives them, a draft's prefixed "draft.<key>.". */
function messageFor(key: string, t: Dictionary): string {
  const [head, , field] = key.split('.');
  if (head === 'questions') return t.desk.invalid.questions;
  if (head === 'citizen') return t.desk.invalid[key.split('.')[1] as CitizenField] ?? t.error.badInput;
  if (field === 'agencyCode') return t.formCheck.agency;
  if (field === 'topicId') return t.desk.invalid.topic;
  if (field === 'summary') return t.desk.invalid.summary;
  return t.error.badInput;
}

/** Rule issues as field errors, with the hub's paths for one draft put under that draft. */
function toErrors(error: unknown, t: Dictionary, draftKey?: number): FieldErrors {
  const entries = fieldIssues(error).map((issue) => {
    const key = fieldKey(issue.path).replace(/^questions\.\d+$/, 'questions');
    const scoped = draftKey === undefined ? key : `draft.${draftKey}.${key}`;
    return [scoped, messageFor(scoped, t)] as const;
  });
  return Object.fromEntries(entries);
}

/** Opens a visit, adds one referral per agency and sends them, in one form and one submit. */
export function VisitForm({ notify }: { notify: Notify }) {
  const t = useT();
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [channel, setChannel] = useState<Channel>('WALK_IN');
  const [questions, setQuestions] = useState('');
  const [citizen, setCitizen] = useState(EMPTY_CITIZEN);
  const [drafts, setDrafts] = useState<ReferralDraft[]>([emptyDraft(1)]);
  /** Bumped on reset so every field, including each topic search box, starts empty again. */
  const [generation, setGeneration] = useState(0);
  const [progress, setProgress] = useState<Progress>({ added: {}, submitted: {} });
  const [busy, setBusy] = useState(false);
  const [attempted, setAttempted] = useState(false);
  /** What the hub refused, by field, until that field changes. */
  const [hubErrors, setHubErrors] = useState<FieldErrors>({});
  /** A submit found fields to fix: the count stands above the form while any is left. */
  const [refusedOnce, setRefusedOnce] = useState(false);
  const [openVisit] = useMutation(OPEN_VISIT);
  const [addReferral] = useMutation(ADD_REFERRAL);
  const [submitReferral] = useMutation(SUBMIT_REFERRAL);

  const questionList = questions.split('\n').map((q) => q.trim()).filter(Boolean);
  /** The warning stands beside the field; nothing is sent until it is gone. */
  const refused = drafts.some(carriesRefusedData);

  /** Every field checked at once, with the same rules the hub runs (libs/domain) where they are pure. */
  function checkAll(): FieldErrors {
    const errors: Record<string, string> = {};
    const collect = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        Object.assign(errors, toErrors(error, t));
      }
    };
    collect(() => normaliseQuestions(questionList));
    collect(() => normaliseCitizenContact(citizen, ['citizen']));
    for (const draft of drafts) {
      for (const [field, message] of Object.entries(draftErrors(draft, t))) errors[`draft.${draft.key}.${field}`] = message;
    }
    return errors;
  }
  const errors: FieldErrors = { ...(attempted ? checkAll() : {}), ...hubErrors };
  const draftErrorsOf = (key: number): DraftErrors =>
    Object.fromEntries(Object.entries(errors).flatMap(([k, m]) => (k.startsWith(`draft.${key}.`) ? [[k.slice(`draft.${key}.`.length), m]] : [])));

  function refuse() {
    setRefusedOnce(true);
    focusFirstInvalid(formRef.current);
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setHubErrors({});
    setRefusedOnce(false);
    const found = checkAll();
    if (Object.keys(found).length > 0) return refuse();
    if (refused) return;
    setBusy(true);
    const done: Progress = { added: { ...progress.added }, submitted: { ...progress.submitted } };
    /** The draft whose call is under way, so the hub's field paths land beside its fields. */
    let current: number | undefined;
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
        current = draft.key;
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
      // Everything is sent: a slow or failed refresh of the list below must not read as a failed send
      // (the list shows its own error).
      void client.refetchQueries({ include: [OPEN_VISITS] }).catch(() => undefined);
      setChannel('WALK_IN');
      setQuestions('');
      setCitizen(EMPTY_CITIZEN);
      setDrafts([emptyDraft(1)]);
      setGeneration(generation + 1);
      setAttempted(false);
      setProgress({ added: {}, submitted: {} });
      notify({ type: 'ok', text: t.desk.sent(Object.values(done.submitted).join(', ')) });
    } catch (error) {
      setProgress(done);
      const refusedFields = toErrors(error, t, current);
      if (Object.keys(refusedFields).length > 0) {
        setHubErrors(refusedFields);
        refuse();
      } else {
        notify({ type: 'error', text: errorMessage(error, t) });
      }
    } finally {
      setBusy(false);
    }
  }

  /** A changed field no longer carries the hub's refusal. */
  const forget = (prefix: string) => setHubErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith(prefix))));
  const setField = (key: CitizenField) => (e: { target: EventTarget }) => {
    setCitizen({ ...citizen, [key]: (e.target as HTMLInputElement).value });
    forget(`citizen.${key}`);
  };
  const marked = (key: string) => (errors[key] ? { invalid: true, errorMessage: errors[key] } : {});

  return (
    <section aria-labelledby="new-visit" className="ll-section">
      <Heading2 id="new-visit">{t.desk.newVisit}</Heading2>
      <Paragraph>{t.desk.newVisitIntro}</Paragraph>
      <form ref={formRef} className="ll-form" onSubmit={send} noValidate aria-labelledby="new-visit">
        {refusedOnce && Object.keys(errors).length > 0 && (
          <Alert type="error" role="alert">
            <Paragraph>{t.formCheck.summary(Object.keys(errors).length)}</Paragraph>
          </Alert>
        )}
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
          {...marked('questions')}
          value={questions}
          onChange={(e) => {
            setQuestions(e.target.value);
            forget('questions');
          }}
        />
        <Fieldset>
          <FieldsetLegend>{t.desk.citizen}</FieldsetLegend>
          <FormFieldDescription>{t.desk.citizenHint}</FormFieldDescription>
          <FormFieldTextbox label={t.desk.name} autoComplete="off" value={citizen.name} onChange={setField('name')} {...marked('citizen.name')} />
          <FormFieldTextbox label={t.desk.phone} type="tel" autoComplete="off" value={citizen.phone} onChange={setField('phone')} {...marked('citizen.phone')} />
          <FormFieldTextbox label={t.desk.email} type="email" autoComplete="off" value={citizen.email} onChange={setField('email')} {...marked('citizen.email')} />
          <FormFieldTextbox
            label={t.desk.bsn}
            description={t.formCheck.bsnHint}
            autoComplete="off"
            value={citizen.bsn}
            onChange={setField('bsn')}
            {...marked('citizen.bsn')}
          />
        </Fieldset>
        {drafts.map((draft, index) => (
          <ReferralDraftFields
            key={`${generation}-${draft.key}`}
            number={index + 1}
            draft={draft}
            errors={draftErrorsOf(draft.key)}
            onChange={(next) => {
              setDrafts(drafts.map((d) => (d.key === next.key ? next : d)));
              forget(`draft.${next.key}.`);
            }}
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
