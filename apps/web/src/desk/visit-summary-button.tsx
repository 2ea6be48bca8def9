import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { errorMessage } from '../api/error-message';
import { useT } from '../i18n/language';
import { CitizenSummaryView } from './citizen-summary';
import { CITIZEN_SUMMARY } from './desk.operations';

/** "Samenvatting voor de burger": loads the visit's one-page summary from the hub, ready to print; open or closed visits alike. */
export function VisitSummaryButton({ visitId, label }: { visitId: string; label: string }) {
  const t = useT();
  const [load, summary] = useLazyQuery(CITIZEN_SUMMARY, { fetchPolicy: 'network-only' });
  return (
    <>
      <Button appearance="secondary-action-button" aria-label={t.summary.showFor(label)} onClick={() => void load({ variables: { visitId } })}>
        {t.summary.show}
      </Button>
      {summary.error && (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(summary.error, t)}</Paragraph>
        </Alert>
      )}
      {summary.data && <CitizenSummaryView summary={summary.data.citizenSummary} />}
    </>
  );
}
