/**
 * The birth bundle's form fields, each described once: its input's attributes and, for the
 * offices' step, which consent asks for it. A field renders as a labelled input bound to the
 * draft (the label's text is the field's name in tf()).
 */
import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { tf } from '../i18n-family.ts';
import type { Draft, TextField } from './birth-bundle-draft.ts';

export interface FieldSpec {
  name: TextField;
  type?: 'date' | 'number';
  required?: boolean;
  min?: number;
  max?: number;
  pattern?: string;
  numeric?: boolean;
  /** Not kept by the browser's autofill (tax id, account). */
  secret?: boolean;
  hintId?: string;
  /** On the offices' step: shown only when this is true of the consents. */
  when?: (consent: Draft['consent']) => boolean;
}

export const CHILD_FIELDS: FieldSpec[] = [
  { name: 'childFirstNames' },
  { name: 'childFamilyName' },
  { name: 'birthDate', type: 'date' },
  { name: 'placeOfBirth' },
];
export const PARENT_FIELDS: FieldSpec[] = [{ name: 'parent1Name' }, { name: 'parent2Name', required: false }];
const months = (name: TextField): FieldSpec => ({
  name,
  type: 'number',
  min: 0,
  max: 14,
  hintId: 'months-hint',
  when: (c) => c.ELTERNGELD_OFFICE,
});
export const OFFICE_FIELDS: FieldSpec[] = [
  { name: 'certificateCopies', type: 'number', min: 1, max: 10, when: (c) => c.REGISTRY_OFFICE },
  {
    name: 'applicantTaxId',
    pattern: '[1-9][0-9]{10}',
    numeric: true,
    secret: true,
    when: (c) => c.FAMILIENKASSE,
  },
  { name: 'iban', secret: true, when: (c) => c.FAMILIENKASSE || c.ELTERNGELD_OFFICE },
  months('months1'),
  months('months2'),
];

export function DraftFields(props: { fields: FieldSpec[]; draft: Draft; setDraft: SetStoreFunction<Draft> }) {
  return (
    <For each={props.fields}>
      {(field) => (
        <Show when={!field.when || field.when(props.draft.consent)}>
          <label>
            {tf()[field.name]}
            <input
              name={field.name}
              type={field.type ?? 'text'}
              required={field.required ?? true}
              maxLength={field.type ? undefined : 200}
              min={field.min}
              max={field.max}
              pattern={field.pattern}
              inputMode={field.numeric ? 'numeric' : undefined}
              autocomplete={field.secret ? 'off' : undefined}
              aria-describedby={field.hintId}
              value={props.draft[field.name]}
              onInput={(e) => props.setDraft(field.name, e.currentTarget.value)}
            />
          </label>
        </Show>
      )}
    </For>
  );
}
