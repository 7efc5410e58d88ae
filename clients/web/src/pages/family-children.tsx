/**
 * "Ihre Kinder": the family enters its children (first name, birth date, wanted start, weekly
 * hours), corrects and removes them. Refusals come back in German: the field that is wrong, or
 * the child's active wishes that stop a removal (CONFLICT, withdraw them first); a removal asks
 * once more before it happens.
 */
import type { CombinedError } from '@urql/core';
import { createSignal, For, Show } from 'solid-js';
import {
  PortalAddFamilyChildDocument,
  PortalRemoveFamilyChildDocument,
  PortalUpdateFamilyChildDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tc } from '../i18n-family-children.ts';

export interface ChildRow {
  id: string;
  firstName: string;
  birthDate: string;
  startDate: string;
  weeklyHours: number;
}

/** The refusal in the family's words (never the hub's English message). */
export function childError(error: CombinedError, firstName: string): string {
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? '');
  const field = String(first?.extensions?.field ?? '');
  const reason = String(first?.extensions?.reason ?? '');
  if (code === 'BAD_USER_INPUT') return tc().fieldError[field] ?? tc().invalid;
  if (code === 'CONFLICT' && reason === 'ACTIVE_APPLICATIONS')
    return tc().activeWishes(firstName, Number(first?.extensions?.activeApplications ?? 1));
  if (code === 'CONFLICT' && reason === 'AGE_GROUP_OF_ACTIVE_WISHES') return tc().ageGroupLocked(firstName);
  if (code === 'NOT_FOUND') return tc().gone;
  return tc().failed;
}

function ChildForm(props: {
  idPrefix: string;
  child?: ChildRow;
  submitLabel: string;
  onSubmit: (input: Omit<ChildRow, 'id'>) => Promise<boolean>;
  onCancel?: () => void;
  onProblem: (message: string) => void;
}) {
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      firstName: String(data.get('firstName') ?? ''),
      birthDate: String(data.get('birthDate') ?? ''),
      startDate: String(data.get('startDate') ?? ''),
      weeklyHours: Number(data.get('weeklyHours') ?? 0),
    };
    // The same rules as the hub, in German before anything is sent.
    const problem = !input.firstName.trim()
      ? 'firstName'
      : !input.birthDate
        ? 'birthDate'
        : !input.startDate || input.startDate < input.birthDate
          ? 'startDate'
          : !Number.isInteger(input.weeklyHours) || input.weeklyHours < 1 || input.weeklyHours > 60
            ? 'weeklyHours'
            : null;
    if (problem) {
      props.onProblem(tc().fieldError[problem] ?? tc().invalid);
      form.querySelector<HTMLInputElement>(`[name="${problem}"]`)?.focus();
      return;
    }
    const done = await props.onSubmit(input);
    if (done && !props.child) form.reset();
  };
  return (
    <form class="child-form" onSubmit={submit} aria-label={props.submitLabel} novalidate>
      <label for={id('name')}>
        {tc().firstName}
        <input
          id={id('name')}
          name="firstName"
          required
          maxlength="100"
          value={props.child?.firstName ?? ''}
        />
      </label>
      <label for={id('birth')}>
        {tc().birthDate}
        <input id={id('birth')} name="birthDate" type="date" required value={props.child?.birthDate ?? ''} />
      </label>
      <label for={id('start')}>
        {tc().startDate}
        <input id={id('start')} name="startDate" type="date" required value={props.child?.startDate ?? ''} />
      </label>
      <label for={id('hours')}>
        {tc().weeklyHours}
        <input
          id={id('hours')}
          name="weeklyHours"
          type="number"
          min="1"
          max="60"
          required
          value={props.child?.weeklyHours ?? 35}
        />
      </label>
      <button type="submit">{props.submitLabel}</button>
      <Show when={props.onCancel}>
        <button type="button" onClick={() => props.onCancel?.()}>
          {tc().cancel}
        </button>
      </Show>
    </form>
  );
}

export function FamilyChildren(props: { familyChildren: ChildRow[]; onChanged: () => Promise<unknown> }) {
  const [message, setMessage] = createSignal('');
  const [editing, setEditing] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);

  const add = async (input: Omit<ChildRow, 'id'>) => {
    const result = await client().mutation(PortalAddFamilyChildDocument, { input }).toPromise();
    if (result.error) {
      setMessage(childError(result.error, input.firstName));
      return false;
    }
    setMessage(tc().added(input.firstName.trim()));
    await props.onChanged();
    return true;
  };
  const update = async (child: ChildRow, input: Omit<ChildRow, 'id'>) => {
    const result = await client()
      .mutation(PortalUpdateFamilyChildDocument, { id: child.id, input })
      .toPromise();
    if (result.error) {
      setMessage(childError(result.error, child.firstName));
      return false;
    }
    setEditing(null);
    setMessage(tc().saved(input.firstName.trim()));
    await props.onChanged();
    return true;
  };
  const remove = async (child: ChildRow) => {
    setConfirming(null);
    const result = await client().mutation(PortalRemoveFamilyChildDocument, { id: child.id }).toPromise();
    if (result.error) return setMessage(childError(result.error, child.firstName));
    setMessage(tc().removed(child.firstName));
    await props.onChanged();
  };

  return (
    <section class="card" aria-labelledby="children-title">
      <h2 id="children-title">{tc().title}</h2>
      <p>{tc().intro}</p>
      <p role="alert" data-testid="children-message">
        {message()}
      </p>
      <ul class="children" data-testid="children">
        <For each={props.familyChildren}>
          {(child) => (
            <li data-testid="child">
              <Show
                when={editing() === child.id}
                fallback={
                  <>
                    <strong>{child.firstName}</strong>{' '}
                    <span class="meta">
                      {tc().summary(child.birthDate, child.startDate, child.weeklyHours)}
                    </span>{' '}
                    <button type="button" onClick={() => setEditing(child.id)}>
                      {tc().edit(child.firstName)}
                    </button>
                    <Show
                      when={confirming() === child.id}
                      fallback={
                        <button type="button" onClick={() => setConfirming(child.id)}>
                          {tc().remove(child.firstName)}
                        </button>
                      }
                    >
                      <span>
                        {tc().confirmQuestion(child.firstName)}{' '}
                        <button type="button" onClick={() => remove(child)}>
                          {tc().confirmRemove(child.firstName)}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {tc().keep}
                        </button>
                      </span>
                    </Show>
                  </>
                }
              >
                <ChildForm
                  idPrefix={`child-${child.id}`}
                  child={child}
                  submitLabel={tc().save(child.firstName)}
                  onSubmit={(input) => update(child, input)}
                  onCancel={() => setEditing(null)}
                  onProblem={setMessage}
                />
              </Show>
            </li>
          )}
        </For>
      </ul>
      <h3>{tc().addTitle}</h3>
      <ChildForm idPrefix="new-child" submitLabel={tc().add} onSubmit={add} onProblem={setMessage} />
    </section>
  );
}
