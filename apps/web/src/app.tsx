import { Alert, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useEffect } from 'react';
import { useSession } from './api/session-context';
import { useT } from './i18n/language';
import { AppShell } from './layout/app-shell';
import { PATHS, screenFor, usePath } from './routing';
import { SignInPage } from './sign-in/sign-in-page';

// One chunk per screen: a desk never downloads the monitor's chart library.
const DeskPage = lazy(() => import('./desk/desk-page').then((m) => ({ default: m.DeskPage })));
const LinePage = lazy(() => import('./line/line-page').then((m) => ({ default: m.LinePage })));
const MonitorPage = lazy(() => import('./monitor/monitor-page').then((m) => ({ default: m.MonitorPage })));

/** Picks the one screen the signed-in role may use; the hub enforces the same on every call. */
export function App() {
  const { session } = useSession();
  const [path, go] = usePath();
  const t = useT();
  const screen = session ? screenFor(session.account.role) : null;
  const target = session ? (screen ? PATHS[screen] : PATHS.signIn) : PATHS.signIn;
  useEffect(() => go(target), [target, go]);
  if (path !== target) return null;
  if (!session) return <SignInPage />;
  switch (screen) {
    case 'desk':
      return (
        <Suspense>
          <DeskPage />
        </Suspense>
      );
    case 'line':
      return (
        <Suspense>
          <LinePage />
        </Suspense>
      );
    case 'monitor':
      return (
        <Suspense>
          <MonitorPage />
        </Suspense>
      );
    case null:
      return (
        <AppShell title={t.signIn.title}>
          <Alert type="warning">
            <Paragraph>{t.signIn.noPage}</Paragraph>
          </Alert>
        </AppShell>
      );
  }
}
