import { useQuery } from '@apollo/client/react';
import { Heading1 } from '@utrecht/component-library-react';
import { useSignedIn } from '../api/session-context';
import { useT } from '../i18n/language';
import { AppShell } from '../layout/app-shell';
import { SERVICE_POINT } from './desk.operations';
import { VisitBoard } from './visit-board';
import { VisitForm } from './visit-form';

export function DeskPage() {
  const t = useT();
  const { account } = useSignedIn();
  const { data } = useQuery(SERVICE_POINT, { variables: { id: account.servicePointId! } });
  const title = data ? `${t.desk.title}: ${data.servicePoint.name}` : t.desk.title;
  return (
    <AppShell title={title}>
      <Heading1>{title}</Heading1>
      <div className="ll-desk">
        <VisitForm />
        <VisitBoard />
      </div>
    </AppShell>
  );
}
