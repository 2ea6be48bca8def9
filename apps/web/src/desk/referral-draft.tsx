import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, FieldsetLegend, FormFieldTextarea } from '@utrecht/component-library-react';
import type { AgencyCode, ConsentMethod, DataCategory, Urgency } from '../gql/graphql';
import type { Dictionary } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { CheckboxGroup, RadioGroup, SelectField } from '../shared/fields';
import { refusedPersonalData, useFreeTextWarning } from '../shared/personal-data';
import { AGENCIES } from './desk.operations';
import { type PickedTopic, TopicPicker } from './topic-picker';

export interface ReferralDraft {
  key: number;
  agencyCode: AgencyCode | '';
  topic: PickedTopic | null;
  urgency: Urgency;
  summary: string;
  method: ConsentMethod;
  categories: DataCategory[];
}

export function emptyDraft(key: number): ReferralDraft {
  return { key, agencyCode: '', topic: null, urgency: 'LIVE', summary: '', method: 'VERBAL', categories: [] };
}

/** What the hub's input calls each field of a draft; the hub's field paths end in these. */
export type DraftField = 'agencyCode' | 'topicId' | 'summary';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Every field of the draft that is still empty, checked at once, in the words shown beside it. */
export function draftErrors(draft: ReferralDraft, t: Dictionary): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.agencyCode === '' && draft.topic === null) errors.agencyCode = t.formCheck.agency;
  if (draft.topic === null) errors.topicId = t.desk.invalid.topic;
  if (!draft.summary.trim()) errors.summary = t.desk.invalid.summary;
  return errors;
}

/** The question carries personal data the citizen did not agree to share with this agency: it cannot go. */
export function carriesRefusedData(draft: ReferralDraft): boolean {
  return refusedPersonalData(draft.summary, { categories: draft.categories }).length > 0;
}

const URGENCIES: readonly Urgency[] = ['LIVE', 'CALLBACK', 'REGULAR'];
const METHODS: readonly ConsentMethod[] = ['VERBAL', 'WRITTEN', 'REPRESENTATIVE'];
const CATEGORIES: readonly DataCategory[] = ['CONTACT_DETAILS', 'BSN', 'QUESTION_TEXT'];

/** One warm handoff in the intake form: where to, about what, how fast, and what the citizen allows. */
export function ReferralDraftFields(props: {
  number: number;
  /** Replaces "Doorverwijzing N", e.g. when re-routing one rejected referral. */
  legend?: string;
  draft: ReferralDraft;
  onChange: (draft: ReferralDraft) => void;
  onRemove?: () => void;
  /** What is wrong, beside each field: from a submit attempt, or from the hub. */
  errors: DraftErrors;
}) {
  const t = useT();
  const { draft } = props;
  const { data } = useQuery(AGENCIES);
  const agencies = data?.agencies ?? [];
  const agencyName = agencies.find((a) => a.code === draft.agencyCode)?.name ?? draft.agencyCode;
  const set = (patch: Partial<ReferralDraft>) => props.onChange({ ...draft, ...patch });
  const summaryWarning = useFreeTextWarning({ categories: draft.categories }, draft.agencyCode ? agencyName : null)(draft.summary);
  const summaryError = props.errors.summary;
  return (
    <Fieldset className="ll-referral-draft">
      <FieldsetLegend>{props.legend ?? t.desk.referral(props.number)}</FieldsetLegend>
      <SelectField
        label={t.desk.agency}
        placeholder={t.desk.chooseAgency}
        required
        errorMessage={props.errors.agencyCode}
        value={draft.agencyCode}
        options={agencies.map((a) => ({ value: a.code, label: a.name }))}
        onChange={(agencyCode) => set({ agencyCode, topic: draft.topic?.agencyCode === agencyCode ? draft.topic : null })}
      />
      <TopicPicker
        agencyCode={draft.agencyCode}
        value={draft.topic}
        onChange={(topic) => set({ topic, agencyCode: topic.agencyCode })}
        error={props.errors.topicId}
      />
      <RadioGroup
        legend={t.desk.urgency}
        options={URGENCIES.map((u) => ({ value: u, label: t.urgency[u], hint: t.urgencyHint[u] }))}
        value={draft.urgency}
        onChange={(urgency) => set({ urgency })}
      />
      <FormFieldTextarea
        label={t.desk.summary}
        description={t.desk.summaryHint}
        required
        rows={3}
        invalid={Boolean(summaryError) || summaryWarning.invalid}
        errorMessage={summaryError ?? summaryWarning.errorMessage}
        value={draft.summary}
        onChange={(e) => set({ summary: e.target.value })}
      />
      {draft.agencyCode && (
        <>
          <CheckboxGroup
            legend={t.desk.consent(agencyName)}
            description={t.desk.consentHint}
            options={CATEGORIES.map((c) => ({ value: c, label: t.dataCategory[c] }))}
            value={draft.categories}
            onChange={(categories) => set({ categories })}
          />
          <RadioGroup
            legend={t.desk.consentMethod}
            options={METHODS.map((m) => ({ value: m, label: t.consentMethod[m] }))}
            value={draft.method}
            onChange={(method) => set({ method })}
          />
        </>
      )}
      {props.onRemove && (
        <Button appearance="subtle-button" onClick={props.onRemove}>
          {t.desk.removeReferral}
        </Button>
      )}
    </Fieldset>
  );
}
