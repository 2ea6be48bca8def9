import { useQuery } from '@apollo/client/react';
import { FormFieldTextbox, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useDeferredValue, useState } from 'react';
import type { AgencyCode, TopicsQuery } from '../gql/graphql';
import { useT } from '../i18n/language';
import { RadioGroup } from '../shared/fields';
import { TOPICS } from './desk.operations';

export type PickedTopic = TopicsQuery['topics'][number];

/**
 * Search box over the catalogue's topics. Without an agency it searches all eight, so typing
 * "huur" and picking "Huurtoeslag" also picks Toeslagen.
 */
export function TopicPicker(props: {
  agencyCode: AgencyCode | '';
  value: PickedTopic | null;
  onChange: (topic: PickedTopic) => void;
  error?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const skip = !props.agencyCode && deferred.length < 2;
  const { data, previousData } = useQuery(TOPICS, {
    variables: { agencyCode: props.agencyCode || null, search: deferred || null },
    skip,
  });
  const topics = skip ? [] : (data ?? previousData)?.topics ?? [];
  const options = topics.slice(0, 12).map((topic) => ({
    value: topic.id,
    label: props.agencyCode ? topic.name : `${topic.name} (${topic.agencyCode})`,
    hint: topic.description,
  }));
  return (
    <div className="ll-topic-picker">
      <FormFieldTextbox
        label={t.desk.topicSearch}
        description={t.desk.topicSearchHint}
        type="search"
        autoComplete="off"
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        value={search}
        onChange={(e) => setSearch((e.target as HTMLInputElement).value)}
      />
      <div aria-live="polite">
        {!skip && options.length === 0 && <Paragraph>{t.desk.noTopics}</Paragraph>}
      </div>
      {options.length > 0 && (
        <RadioGroup
          legend={t.desk.topic}
          options={options}
          value={props.value?.id ?? null}
          onChange={(id) => {
            const topic = topics.find((candidate) => candidate.id === id);
            if (topic) props.onChange(topic);
          }}
        />
      )}
      {props.value && props.value.whatToBring.length > 0 && (
        <div className="ll-bring">
          <Paragraph>
            <strong>{t.desk.whatToBring}</strong>
          </Paragraph>
          <UnorderedList>
            {props.value.whatToBring.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
    </div>
  );
}
