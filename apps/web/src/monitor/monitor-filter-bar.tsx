import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldTextbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { AgencyCode, Channel, Urgency } from '../gql/graphql';
import { useT } from '../i18n/language';
import { useMonitorWords } from '../i18n/monitor-words';
import { SelectField } from '../shared/fields';
import { defaultPeriod, type MonitorFilters, periodInput } from './monitor-filters';
import { MONITOR_CHOICES } from './monitor.operations';

const AGENCIES: readonly AgencyCode[] = ['BD', 'CAK', 'CJIB', 'DUO', 'IND', 'SVB', 'TSL', 'UWV'];
const URGENCIES: readonly Urgency[] = ['LIVE', 'CALLBACK', 'REGULAR'];
const CHANNELS: readonly Channel[] = ['WALK_IN', 'PHONE', 'ONLINE'];

/** The filters as a form; they apply on submit, so the figures refetch once per choice, not per keystroke. */
export function MonitorFilterBar({ filters, onApply }: { filters: MonitorFilters; onApply: (next: MonitorFilters) => void }) {
  const t = useT();
  const w = useMonitorWords();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const { data } = useQuery(MONITOR_CHOICES, { variables: { period: periodInput(filters) } });
  const set = (name: keyof MonitorFilters) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const groups = (rows: { key: string; label: string }[] | undefined) => (rows ?? []).map((r) => ({ value: r.key, label: r.label }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form onSubmit={submit} className="ll-section">
      <Fieldset>
        <FieldsetLegend>{w.filters}</FieldsetLegend>
        <div className="ll-filters">
          <FormFieldTextbox label={w.from} type="date" value={draft.from} onChange={(e) => set('from')((e.target as HTMLInputElement).value)} />
          <FormFieldTextbox label={w.to} type="date" value={draft.to} onChange={(e) => set('to')((e.target as HTMLInputElement).value)} />
          <SelectField label={w.servicePoint} placeholder={w.all} value={draft.servicePoint} options={groups(data?.servicePoints)} onChange={set('servicePoint')} />
          <SelectField label={w.municipality} placeholder={w.all} value={draft.municipality} options={groups(data?.municipalities)} onChange={set('municipality')} />
          <SelectField label={w.agency} placeholder={w.all} value={draft.agency} options={AGENCIES.map((a) => ({ value: a, label: a }))} onChange={set('agency')} />
          <SelectField label={w.topic} placeholder={w.all} value={draft.topic} options={groups(data?.topics)} onChange={set('topic')} />
          <SelectField label={w.urgency} placeholder={w.all} value={draft.urgency} options={URGENCIES.map((u) => ({ value: u, label: t.urgency[u] }))} onChange={set('urgency')} />
          <SelectField label={w.channel} placeholder={w.all} value={draft.channel} options={CHANNELS.map((c) => ({ value: c, label: t.channel[c] }))} onChange={set('channel')} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {w.apply}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={() => onApply({ ...defaultPeriod(), servicePoint: '', municipality: '', agency: '', topic: '', urgency: '', channel: '' })}
          >
            {w.reset}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
