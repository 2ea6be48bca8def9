import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type BlockingReferral, blockingReferrals, errorMessage } from '../api/error-message';
import type { ReferralStatus } from '../gql/graphql';
import { useT } from '../i18n/language';
import { CitizenSummaryView } from './citizen-summary';
import { CITIZEN_SUMMARY, CLOSE_VISIT, OPEN_VISITS } from './desk.operations';

/**
 * The end of a visit: show and print the citizen's summary, then let go through the hub's gate.
 * When the gate refuses, it names the referrals that still need a pickup or an appointment.
 */
export function VisitActions({ visitId, label }: { visitId: string; label: string }) {
  const t = useT();
  const [blocking, setBlocking] = useState<BlockingReferral[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loadSummary, summary] = useLazyQuery(CITIZEN_SUMMARY, { fetchPolicy: 'network-only' });
  const [closeVisit, closing] = useMutation(CLOSE_VISIT, { refetchQueries: [OPEN_VISITS], awaitRefetchQueries: true });

  async function close() {
    setError(null);
    setBlocking([]);
    try {
      await closeVisit({ variables: { id: visitId } });
    } catch (err) {
      const blockers = blockingReferrals(err);
      if (blockers.length > 0) setBlocking(blockers);
      else setError(errorMessage(err, t));
    }
  }

  return (
    <div className="ll-visit-actions">
      <ButtonGroup>
        <Button appearance="secondary-action-button" aria-label={t.summary.showFor(label)} onClick={() => void loadSummary({ variables: { visitId } })}>
          {t.summary.show}
        </Button>
        <Button appearance="secondary-action-button" aria-label={t.letGo.closeFor(label)} disabled={closing.loading} onClick={() => void close()}>
          {t.letGo.close}
        </Button>
      </ButtonGroup>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {blocking.length > 0 && (
        <Alert type="warning" role="alert">
          <Paragraph>
            <strong>{t.letGo.blocked}</strong>
          </Paragraph>
          <UnorderedList>
            {blocking.map((b) => (
              <UnorderedListItem key={b.id}>{t.letGo.blocker(b.reference, t.status[b.status as ReferralStatus] ?? b.status)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t.letGo.advice}</Paragraph>
        </Alert>
      )}
      {summary.error && (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(summary.error, t)}</Paragraph>
        </Alert>
      )}
      {summary.data && <CitizenSummaryView summary={summary.data.citizenSummary} />}
    </div>
  );
}
