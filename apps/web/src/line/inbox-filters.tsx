import { Button, Heading2 } from '@utrecht/component-library-react';
import type { ReferralStatus, Urgency } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { CheckboxGroup, SelectField } from '../shared/fields';

const STATUSES: readonly ReferralStatus[] = ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED'];
const URGENCIES: readonly Urgency[] = ['LIVE', 'CALLBACK', 'REGULAR'];

export interface InboxFilter {
  status: ReferralStatus[];
  urgency: Urgency[];
  /** An account of the line whose cases alone to show; '' for everyone's. */
  handler: string;
  overdueOnly: boolean;
}

export const NO_FILTER: InboxFilter = { status: [], urgency: [], handler: '', overdueOnly: false };

/** The inbox's filters: status, urgency, whose cases (mine or a colleague's), and for a coordinator what is late now. */
export function InboxFilters(props: {
  value: InboxFilter;
  onChange: (filter: InboxFilter) => void;
  myId: string;
  staff: readonly { id: string; displayName: string }[];
  coordinator: boolean;
}) {
  const { t, language } = useLanguage();
  const words = LINE_WORDS[language];
  const { value, onChange } = props;
  const active = value.status.length > 0 || value.urgency.length > 0 || value.handler !== '' || value.overdueOnly;
  const whose = [
    { value: props.myId, label: words.mine },
    ...props.staff.filter((m) => m.id !== props.myId).map((m) => ({ value: m.id, label: words.handledBy(m.displayName) })),
  ];
  return (
    <section aria-labelledby="filters" className="ll-filters">
      <Heading2 id="filters">{t.line.filters}</Heading2>
      <SelectField label={words.whoseFilter} placeholder={words.everyone} options={whose} value={value.handler} onChange={(handler) => onChange({ ...value, handler })} />
      <CheckboxGroup
        legend={t.line.urgencyFilter}
        options={URGENCIES.map((u) => ({ value: u, label: t.urgency[u] }))}
        value={value.urgency}
        onChange={(urgency) => onChange({ ...value, urgency })}
      />
      <CheckboxGroup
        legend={t.line.statusFilter}
        options={STATUSES.map((s) => ({ value: s, label: t.status[s] }))}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
      />
      {props.coordinator && (
        <CheckboxGroup
          legend={t.line.overdueFilter}
          options={[{ value: 'OVERDUE' as const, label: t.line.overdueOnly }]}
          value={value.overdueOnly ? ['OVERDUE'] : []}
          onChange={(list) => onChange({ ...value, overdueOnly: list.length > 0 })}
        />
      )}
      {active && (
        <Button appearance="subtle-button" onClick={() => onChange(NO_FILTER)}>
          {t.line.clearFilters}
        </Button>
      )}
    </section>
  );
}
