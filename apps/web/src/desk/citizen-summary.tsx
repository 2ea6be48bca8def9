import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { CitizenSummaryQuery } from '../gql/graphql';
import { useT } from '../i18n/language';

/**
 * The citizen's one-page summary from GraphQL, printed with the browser's own print dialog: the
 * print style sheet shows only this block, so no second page, token or inline script is needed
 * under the hub's CSP (default-src 'self').
 */
export function CitizenSummaryView({ summary }: { summary: CitizenSummaryQuery['citizenSummary'] }) {
  const t = useT();
  return (
    <section className="ll-print" aria-labelledby="citizen-summary" lang="nl">
      <Heading2 id="citizen-summary">{summary.title}</Heading2>
      <Paragraph>{summary.intro}</Paragraph>
      {summary.items.map((item) => (
        <div key={item.reference} className="ll-print__item">
          <Heading3>
            {item.agencyName}: {item.topicName}
          </Heading3>
          <Paragraph>{item.nextStep}</Paragraph>
          <Paragraph>{t.summary.reference(item.reference)}</Paragraph>
          {item.whatToBring.length > 0 && (
            <>
              <Paragraph>
                <strong>{t.desk.whatToBring}</strong>
              </Paragraph>
              <UnorderedList>
                {item.whatToBring.map((thing) => (
                  <UnorderedListItem key={thing}>{thing}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </div>
      ))}
      <Paragraph>{summary.closing}</Paragraph>
      <Button appearance="primary-action-button" className="ll-no-print" onClick={() => window.print()}>
        {t.summary.print}
      </Button>
    </section>
  );
}
