import type { ComponentProps, ReactNode } from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

type OptionSelectProps<T extends string | number> = Omit<
  ComponentProps<typeof SingleSelect>,
  'children' | 'onChange'
> & {
  /** The values to choose from, in order. */
  options: readonly T[];
  /** What the user reads for a value. */
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
};

/** A select over a fixed list of values, each shown by its label. */
export function OptionSelect<T extends string | number>({
  options,
  optionLabel,
  onChange,
  ...select
}: OptionSelectProps<T>) {
  return (
    <SingleSelect {...select} onChange={(v: string | number) => onChange(v as T)}>
      {options.map((o) => (
        <SingleSelectOption key={o} value={o}>
          {optionLabel(o)}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}

/** An OptionSelect in a form field: its label above, its error (if any) below. */
export function SelectField<T extends string | number>({
  name,
  label,
  error,
  ...select
}: OptionSelectProps<T> & { name: string; label: ReactNode; error?: string }) {
  return (
    <Field.Root name={name} error={error}>
      <Field.Label>{label}</Field.Label>
      <OptionSelect {...select} />
      <Field.Error />
    </Field.Root>
  );
}
