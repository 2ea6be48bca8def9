import { Button, Document, Page, PageContent, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { type ReactNode, useEffect } from 'react';
import { useSession } from '../api/session-context';
import { useLanguage } from '../i18n/language';

/** Header with skip link, language switch and sign-out around one screen's main content. */
export function AppShell({ title, children }: { title: string; children: ReactNode }) {
  const { language, setLanguage, t } = useLanguage();
  const { session, signOut } = useSession();
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
  return (
    <Document className="ll-page">
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <Page className="ll-page__body">
        <PageHeader>
          <header className="ll-header">
            <span className="ll-brand">{t.appName}</span>
            <div className="ll-header__actions">
              {session && <Paragraph className="ll-header__who">{t.signedInAs(session.account.displayName)}</Paragraph>}
              <Button
                appearance="secondary-action-button"
                lang={language === 'nl' ? 'en' : 'nl'}
                onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
              >
                {t.language.switchTo}
              </Button>
              {session && (
                <Button appearance="subtle-button" onClick={signOut}>
                  {t.signOut}
                </Button>
              )}
            </div>
          </header>
        </PageHeader>
        <PageContent>
          <main id="main" tabIndex={-1} className="ll-main">
            {children}
          </main>
        </PageContent>
      </Page>
    </Document>
  );
}
