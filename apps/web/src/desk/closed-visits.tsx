import { CombinedGraphQLErrors } from '@apollo/client';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Button, FormFieldTextbox, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/error-message';
import type { ClosedVisitsQuery } from '../gql/graphql';
import type { Dictionary } from '../i18n/dictionary';
import { useLanguage } from '../i18n/language';
import { fieldIssues } from '../shared/field-errors';
import { formatDateTime } from '../shared/format';
import { CLOSED_VISITS } from './desk.operations';
import { VisitSummaryButton } from './visit-summary-button';

type ClosedVisit = ClosedVisitsQuery['closedVisits'][number];

/** Beside the search box: not a reference, no closed visit with it here, or what else went wrong. */
function searchMessage(error: unknown, t: Dictionary): string {
  if (fieldIssues(error).length > 0) return t.closedVisits.invalidReference;
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.code === 'NOT_FOUND') return t.closedVisits.notFound;
  return errorMessage(error, t);
}

/**
 * Visits the desk let go of stay findable: today's, and any day's by a referral reference, so the
 * citizen's summary can be printed again. Only this service point's; the hub guards that.
 */
export function ClosedVisits() {
  const { t, language } = useLanguage();
  const today = useQuery(CLOSED_VISITS, { variables: { reference: null } });
  const [search, found] = useLazyQuery(CLOSED_VISITS, { fetchPolicy: 'network-only' });
  const [reference, setReference] = useState('');
  const searched = found.called && !found.loading;
  const searchError = found.error ? searchMessage(found.error, t) : null;

  function find(event: FormEvent) {
    event.preventDefault();
    if (reference.trim()) void search({ variables: { reference: reference.trim() } });
  }

  const card = (visit: ClosedVisit) => {
    const label = t.desk.visitOf(visit.citizen?.name || t.desk.anonymous);
    return (
      <li key={visit.id} className="ll-visit">
        <article aria-labelledby={`closed-${visit.id}`}>
          <Heading3 id={`closed-${visit.id}`}>{label}</Heading3>
          <Paragraph className="ll-visit__meta">
            {visit.closedAt ? t.closedVisits.closedAt(formatDateTime(visit.closedAt, language)) : ''} · {t.desk.reference}{' '}
            {visit.referrals.map((r) => r.reference).join(', ')}
          </Paragraph>
          <VisitSummaryButton visitId={visit.id} label={label} />
        </article>
      </li>
    );
  };

  const results = searched ? (found.data?.closedVisits ?? []) : [];
  const visits = (today.data?.closedVisits ?? []).filter((v) => !results.some((r) => r.id === v.id));
  return (
    <section aria-labelledby="closed-visits" className="ll-section">
      <Heading2 id="closed-visits">{t.closedVisits.title}</Heading2>
      <Paragraph>{t.closedVisits.intro}</Paragraph>
      <form className="ll-form ll-search" onSubmit={find} noValidate>
        <FormFieldTextbox
          label={t.closedVisits.search}
          description={t.closedVisits.searchHint}
          type="search"
          autoComplete="off"
          value={reference}
          invalid={Boolean(searchError)}
          errorMessage={searchError ?? undefined}
          onChange={(e) => setReference((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t.closedVisits.searchButton}
        </Button>
      </form>
      {results.length > 0 && <ul className="ll-board">{results.map(card)}</ul>}
      {today.data && today.data.closedVisits.length === 0 && <Paragraph>{t.closedVisits.empty}</Paragraph>}
      <ul className="ll-board">{visits.map(card)}</ul>
    </section>
  );
}
