import { StatusBadge } from '@utrecht/component-library-react';
import type { ReferralStatus } from '../gql/graphql';
import { useT } from '../i18n/language';

/** Tone per status so the board reads at a glance; the text always says it too. */
const TONE: Record<ReferralStatus, 'neutral' | 'waiting' | 'ok' | 'stopped'> = {
  DRAFT: 'neutral',
  REQUESTED: 'waiting',
  RECEIVED: 'waiting',
  ACCEPTED: 'ok',
  IN_PROGRESS: 'ok',
  ON_HOLD: 'waiting',
  COMPLETED: 'ok',
  REJECTED: 'stopped',
  CANCELLED: 'stopped',
  FAILED: 'stopped',
};

/** Not yet picked up by the agency: the desk must not let go. */
export const AWAITING_PICKUP: readonly ReferralStatus[] = ['REQUESTED', 'RECEIVED'];

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const t = useT();
  return (
    <StatusBadge status={TONE[status]} className={`ll-status ll-status--${TONE[status]}`} data-status={status}>
      {t.status[status]}
    </StatusBadge>
  );
}
