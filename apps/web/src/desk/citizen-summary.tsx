import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { createPortal } from 'react-dom';
import type { CitizenSummaryQuery } from '../gql/graphql';
import { useT } from '../i18n/language';

type Summary = CitizenSummaryQuery['citizenSummary'];

/**
 * The citizen's one-page summary from GraphQL, printed with the browser's own print dialog. A copy
 * outside the app root is what the print style sheet shows (nothing else, no blank pages); no
 * second page, token or inline script is needed under the hub's CSP (default-src 'self').
 */
export function CitizenSummaryView({ summary }: { summary: Summary }) {
  const t = useT();
  return (
    <>
      <SummaryContent summary={summary}>
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t.summary.print}
        </Button>
      </SummaryContent>
      {createPortal(
        <div className="ll-print-copy" aria-hidden="true">
          <SummaryContent summary={summary} />
        </div>,
        document.body,
      )}
    </>
  );
}

function SummaryContent({ summary, children }: { summary: Summary; children?: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section className="ll-print" aria-labelledby={id} lang="nl">
      <Heading2 id={id}>{summary.title}</Heading2>
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
      {children}
    </section>
  );
}
