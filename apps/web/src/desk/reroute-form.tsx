import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { DeskReferral } from './desk-referral';
import { useT } from '../i18n/language';
import { REROUTE_REFERRAL } from './desk.operations';
import { focusFirstInvalid } from '../shared/field-errors';
import { carriesRefusedData, draftErrors, emptyDraft, ReferralDraftFields } from './referral-draft';

/**
 * One step after a rejection: another agency and topic, the citizen's consent for it and a new
 * question; the hub sends the new referral at once and links it to the rejected one.
 */
export function RerouteForm({ referral, onDone, onCancel }: { referral: DeskReferral; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState({ ...emptyDraft(1), urgency: referral.urgency });
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reroute, { loading }] = useMutation(REROUTE_REFERRAL);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = attempted ? draftErrors(draft, t) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    const found = draftErrors(draft, t);
    if (Object.keys(found).length > 0) {
      setError(t.formCheck.summary(Object.keys(found).length));
      return focusFirstInvalid(formRef.current);
    }
    if (carriesRefusedData(draft)) return;
    try {
      await reroute({
        variables: {
          input: {
            id: referral.id,
            agencyCode: draft.topic!.agencyCode,
            topicId: draft.topic!.id,
            urgency: draft.urgency,
            summary: draft.summary.trim(),
            consent: { categories: draft.categories, method: draft.method },
          },
        },
        refetchQueries: ['OpenVisits'],
        awaitRefetchQueries: true,
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }

  return (
    <form ref={formRef} className="ll-form" onSubmit={submit} noValidate aria-label={t.reroute.title(referral.reference)}>
      <Paragraph>{t.reroute.intro(referral.agency.name)}</Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ReferralDraftFields number={1} legend={t.reroute.title(referral.reference)} draft={draft} errors={errors} onChange={setDraft} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={loading || carriesRefusedData(draft)}>
          {t.reroute.submit}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t.desk.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
