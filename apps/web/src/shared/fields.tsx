import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

interface Option<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** A fieldset of radio buttons; arrow keys move within it, Tab leaves it. */
export function RadioGroup<T extends string>(props: {
  legend: ReactNode;
  /** Defaults to a unique name, so two groups on one page never share their buttons. */
  name?: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  description?: ReactNode;
}) {
  const id = useId();
  return (
    <Fieldset aria-describedby={props.description ? `${id}-desc` : undefined}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription id={`${id}-desc`}>{props.description}</FormFieldDescription>}
      {props.options.map((option) => (
        <FormField type="radio" key={option.value}>
          <RadioButton
            id={`${id}-${option.value}`}
            name={props.name ?? id}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
          />
          <FormLabel htmlFor={`${id}-${option.value}`} type="radio" checked={props.value === option.value}>
            {option.label}
          </FormLabel>
          {option.hint && <FormFieldDescription id={`${id}-${option.value}-hint`}>{option.hint}</FormFieldDescription>}
        </FormField>
      ))}
    </Fieldset>
  );
}

/** A fieldset of checkboxes that edits a list of values. */
export function CheckboxGroup<T extends string>(props: {
  legend: ReactNode;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  description?: ReactNode;
}) {
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    props.onChange(on ? [...props.value, value] : props.value.filter((v) => v !== value));
  return (
    <Fieldset aria-describedby={props.description ? `${id}-desc` : undefined}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription id={`${id}-desc`}>{props.description}</FormFieldDescription>}
      {props.options.map((option) => (
        <FormField type="checkbox" key={option.value}>
          <Checkbox
            id={`${id}-${option.value}`}
            value={option.value}
            checked={props.value.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          <FormLabel htmlFor={`${id}-${option.value}`} type="checkbox" checked={props.value.includes(option.value)}>
            {option.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

/** A labelled select; an empty first option stands for "nothing chosen yet". */
export function SelectField<T extends string>(props: {
  label: ReactNode;
  options: readonly Option<T>[];
  value: T | '';
  placeholder: string;
  onChange: (value: T | '') => void;
  required?: boolean;
  /** What is wrong, shown beside the field and tied to it by aria-describedby. */
  errorMessage?: string;
}) {
  const id = useId();
  return (
    <FormField invalid={Boolean(props.errorMessage)}>
      <FormLabel htmlFor={id}>{props.label}</FormLabel>
      {props.errorMessage && <FormFieldErrorMessage id={`${id}-error`}>{props.errorMessage}</FormFieldErrorMessage>}
      <Select
        id={id}
        value={props.value}
        required={props.required}
        invalid={Boolean(props.errorMessage)}
        aria-describedby={props.errorMessage ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value as T | '')}
      >
        <SelectOption value="">{props.placeholder}</SelectOption>
        {props.options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
