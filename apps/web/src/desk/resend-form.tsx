import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, FormFieldTextarea, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { ConsentMethod, DataCategory } from '../gql/graphql';
import { useT } from '../i18n/language';
import { fieldIssues, focusFirstInvalid } from '../shared/field-errors';
import { CheckboxGroup, RadioGroup } from '../shared/fields';
import { useFreeTextWarning } from '../shared/personal-data';
import type { DeskReferral } from './desk-referral';
import { REFERRAL_QUESTION, RESEND_REFERRAL } from './desk.operations';

const METHODS: readonly ConsentMethod[] = ['VERBAL', 'WRITTEN', 'REPRESENTATIVE'];
const CATEGORIES: readonly DataCategory[] = ['CONTACT_DETAILS', 'BSN', 'QUESTION_TEXT'];

/**
 * One step after "sent back": the desk corrects the question, asks the citizen's consent again
 * and sends it to the same agency; the hub makes a new referral linked to this one, as a re-route.
 */
export function ResendForm({ referral, onDone, onCancel }: { referral: DeskReferral; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const agency = referral.agency.name;
  const [summary, setSummary] = useState<string | null>(null);
  const [categories, setCategories] = useState<DataCategory[]>(referral.consent?.withdrawnAt ? [] : [...(referral.consent?.categories ?? [])]);
  const [method, setMethod] = useState<ConsentMethod>('VERBAL');
  const [attempted, setAttempted] = useState(false);
  const [hubError, setHubError] = useState<string | null>(null);
  const [resend, { loading }] = useMutation(RESEND_REFERRAL);
  // The correction starts from the question as the desk sent it.
  const question = useQuery(REFERRAL_QUESTION, { variables: { id: referral.id } });
  const text = summary ?? question.data?.referral.summary ?? '';
  const warning = useFreeTextWarning({ categories }, agency)(text);
  const missing = attempted && !text.trim() ? t.desk.invalid.summary : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setHubError(null);
    if (!text.trim()) return focusFirstInvalid(formRef.current);
    if (warning.invalid) return;
    try {
      await resend({
        variables: { input: { id: referral.id, summary: text.trim(), consent: { categories, method } } },
        refetchQueries: ['OpenVisits'],
        awaitRefetchQueries: true,
      });
      onDone();
    } catch (err) {
      setHubError(fieldIssues(err).some((f) => f.path.at(-1) === 'summary') ? t.desk.invalid.summary : errorMessage(err, t));
    }
  }

  return (
    <form ref={formRef} className="ll-form" onSubmit={submit} noValidate aria-label={t.resend.title(referral.reference)}>
      <Paragraph>{t.resend.intro(agency)}</Paragraph>
      {hubError && (
        <Alert type="error" role="alert">
          <Paragraph>{hubError}</Paragraph>
        </Alert>
      )}
      <FormFieldTextarea
        label={t.desk.summary}
        description={t.desk.summaryHint}
        required
        rows={4}
        invalid={Boolean(missing) || warning.invalid}
        errorMessage={missing ?? warning.errorMessage}
        value={text}
        onChange={(e) => setSummary(e.target.value)}
      />
      <CheckboxGroup
        legend={t.desk.consent(agency)}
        description={t.desk.consentHint}
        options={CATEGORIES.map((c) => ({ value: c, label: t.dataCategory[c] }))}
        value={categories}
        onChange={setCategories}
      />
      <RadioGroup legend={t.desk.consentMethod} options={METHODS.map((m) => ({ value: m, label: t.consentMethod[m] }))} value={method} onChange={setMethod} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={loading || warning.invalid}>
          {t.resend.submit}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t.desk.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
