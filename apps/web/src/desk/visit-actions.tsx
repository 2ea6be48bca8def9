import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { letGoBlockers } from '@domain/visit/let-go-gate.js';
import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useT } from '../i18n/language';
import type { DeskReferral } from './desk-referral';
import type { Notify } from './desk-notice';
import { CLOSE_VISIT, CLOSED_VISITS, OPEN_VISITS } from './desk.operations';
import { VisitSummaryButton } from './visit-summary-button';

/**
 * The end of a visit: show and print the citizen's summary, then let go. What still blocks letting go
 * comes from the same rule the hub's gate runs (libs/domain let-go-gate.ts), over the referrals as
 * the live board holds them, so the warning changes with every event and goes once nothing is missing.
 */
export function VisitActions({ visitId, label, referrals, notify }: { visitId: string; label: string; referrals: readonly DeskReferral[]; notify: Notify }) {
  const t = useT();
  const client = useApolloClient();
  const [asked, setAsked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [closeVisit, closing] = useMutation(CLOSE_VISIT, { refetchQueries: [OPEN_VISITS, CLOSED_VISITS], awaitRefetchQueries: true });
  const blockers = letGoBlockers(referrals.map((r) => ({ id: r.id, reference: r.reference, status: r.status, scheduled: Boolean(r.appointment) })));
  const agencyOf = (id: string) => referrals.find((r) => r.id === id)?.agency.name ?? '';

  function ask() {
    setError(null);
    setAsked(true);
    setConfirming(blockers.length === 0);
  }

  async function close() {
    setConfirming(false);
    try {
      await closeVisit({ variables: { id: visitId } });
      notify({ type: 'ok', text: t.letGo.closed(label) });
    } catch (err) {
      // The hub saw a referral the board had not heard of yet: the board refetches and the live warning says which.
      if (CombinedGraphQLErrors.is(err) && err.errors[0]?.extensions?.code === 'CONFLICT') {
        await client.refetchQueries({ include: [OPEN_VISITS] });
        return;
      }
      setError(errorMessage(err, t));
    }
  }

  return (
    <div className="ll-visit-actions">
      <ButtonGroup>
        <VisitSummaryButton visitId={visitId} label={label} />
        <Button appearance="secondary-action-button" aria-label={t.letGo.closeFor(label)} disabled={closing.loading} onClick={ask}>
          {t.letGo.close}
        </Button>
      </ButtonGroup>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {asked && blockers.length > 0 && (
        <Alert type="warning" role="alert">
          <Paragraph>
            <strong>{t.letGo.blocked}</strong>
          </Paragraph>
          <UnorderedList>
            {blockers.map((b) => (
              <UnorderedListItem key={b.id}>{t.letGo.missing[b.missing](agencyOf(b.id), b.reference)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t.letGo.advice}</Paragraph>
        </Alert>
      )}
      {asked && blockers.length === 0 && !confirming && !closing.loading && (
        <Alert type="ok" role="status">
          <Paragraph>{t.letGo.ready}</Paragraph>
        </Alert>
      )}
      {confirming && blockers.length === 0 && (
        <Alert type="info">
          <Paragraph>{t.letGo.confirm}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={closing.loading} onClick={() => void close()}>
              {t.letGo.confirmYes}
            </Button>
            <Button appearance="subtle-button" onClick={() => setConfirming(false)}>
              {t.letGo.confirmNo}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </div>
  );
}
