import { useQuery } from '@apollo/client/react';
import { Heading1 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSignedIn } from '../api/session-context';
import { useT } from '../i18n/language';
import { AppShell } from '../layout/app-shell';
import { ClosedVisits } from './closed-visits';
import { type DeskNotice, DeskNoticeBanner } from './desk-notice';
import { SERVICE_POINT } from './desk.operations';
import { VisitBoard } from './visit-board';
import { VisitForm } from './visit-form';

export function DeskPage() {
  const t = useT();
  const { account } = useSignedIn();
  const { data } = useQuery(SERVICE_POINT, { variables: { id: account.servicePointId! } });
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const title = data ? `${t.desk.title}: ${data.servicePoint.name}` : t.desk.title;
  return (
    <AppShell title={title}>
      <Heading1>{title}</Heading1>
      <DeskNoticeBanner notice={notice} />
      <div className="ll-desk">
        <VisitForm notify={setNotice} />
        <div>
          <VisitBoard notify={setNotice} />
          <ClosedVisits />
        </div>
      </div>
    </AppShell>
  );
}
