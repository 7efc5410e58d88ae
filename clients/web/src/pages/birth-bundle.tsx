/**
 * The birth bundle (#/geburt, after Bremen's ELFE): one guided form in five steps (child,
 * parents, offices and consent, what each consented office needs, check and submit). Only the
 * fields of consented offices are shown and sent; the subgraph stores each office's part and
 * gives it back as a document to download. The page says plainly that nothing is filed with
 * the federal offices (the town cannot reach their systems). The draft and what is sent of it:
 * birth-bundle-draft.ts; the fields: birth-bundle-fields.tsx; review and saved bundles:
 * birth-bundle-saved.tsx.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import {
  type PortalBirthBundleFragment,
  PortalDeleteBirthBundleDocument,
  PortalMyBirthBundlesDocument,
  PortalSubmitBirthBundleDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { href, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { type Draft, emptyDraft, inputOf, OFFICES } from './birth-bundle-draft.ts';
import { CHILD_FIELDS, DraftFields, OFFICE_FIELDS, PARENT_FIELDS } from './birth-bundle-fields.tsx';
import { BundleReview, SavedBundles } from './birth-bundle-saved.tsx';
import './family.css';

export function BirthBundlePage() {
  const [draft, setDraft] = createStore<Draft>(emptyDraft());
  const [step, setStep] = createSignal(0);
  const [message, setMessage] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [bundles, { refetch }] = createResource(
    () => session()?.token,
    async () => {
      const result = await client()
        .query(PortalMyBirthBundlesDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.myBirthBundles ?? [];
    },
  );
  let form: HTMLFormElement | undefined;
  const steps = () => tf().steps;
  const focusStep = () =>
    queueMicrotask(() => form?.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  const anyOffice = () => OFFICES.some((office) => draft.consent[office]);

  const next = () => {
    const fields = form?.querySelectorAll<HTMLInputElement>('input, select') ?? [];
    for (const field of fields)
      if (!field.checkValidity()) {
        field.reportValidity();
        field.focus();
        return;
      }
    if (step() === 2 && !anyOffice()) {
      setMessage(tf().noOffice);
      return;
    }
    setMessage('');
    setStep(step() + 1);
    focusStep();
  };
  const back = () => {
    setMessage('');
    setStep(step() - 1);
    focusStep();
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (step() < steps().length - 1) return next();
    const result = await client()
      .mutation(PortalSubmitBirthBundleDocument, { input: inputOf(draft) })
      .toPromise();
    if (result.error) {
      const first = result.error.graphQLErrors[0];
      const field = String(first?.extensions?.field ?? '');
      setMessage(`${tf().errorPrefix} ${tf().fieldErrors[field] ?? first?.message ?? result.error.message}`);
      return;
    }
    setMessage('');
    setStatus(tf().saved);
    setDraft(emptyDraft());
    setStep(0);
    await refetch();
    document.querySelector<HTMLElement>('#birth-bundles-title')?.focus();
  };
  const remove = async (bundle: PortalBirthBundleFragment) => {
    const result = await client().mutation(PortalDeleteBirthBundleDocument, { id: bundle.id }).toPromise();
    if (result.error) setMessage(`${tf().errorPrefix} ${result.error.message}`);
    else setStatus(tf().deleted);
    await refetch();
  };

  return (
    <section aria-labelledby="birth-title">
      <p>
        <a href={href('family')}>{tf().familyTitle}</a>
      </p>
      <h1 id="birth-title" tabindex="-1">
        {tf().birthTitle}
      </h1>
      <p>{tf().birthIntro}</p>
      <p class="card" data-testid="not-filed">
        {tf().notFiled}
      </p>
      <p role="status">{status()}</p>
      <Show
        when={session()}
        fallback={
          <p>
            {tf().birthNeedSignIn}{' '}
            <button type="button" onClick={() => signInThenReturn('birth')}>
              {tf().signIn}
            </button>
          </p>
        }
      >
        <section class="card" aria-labelledby="birth-form-title">
          <h2 id="birth-form-title">{tf().birthTitle}</h2>
          <ol class="birth-steps" aria-label={tf().stepsLabel}>
            <For each={steps()}>
              {(name, i) => <li aria-current={i() === step() ? 'step' : undefined}>{name}</li>}
            </For>
          </ol>
          <form class="birth-form" ref={form} onSubmit={submit} novalidate>
            <fieldset>
              <legend>
                <span data-step-heading tabindex="-1">
                  {tf().stepOf(step() + 1, steps().length, steps()[step()] ?? '')}
                </span>
              </legend>
              <Show when={step() === 0}>
                <DraftFields fields={CHILD_FIELDS} draft={draft} setDraft={setDraft} />
              </Show>
              <Show when={step() === 1}>
                <DraftFields fields={PARENT_FIELDS} draft={draft} setDraft={setDraft} />
                <label class="check">
                  <input
                    type="checkbox"
                    name="married"
                    checked={draft.married}
                    onChange={(e) => setDraft('married', e.currentTarget.checked)}
                  />
                  {tf().married}
                </label>
              </Show>
              <Show when={step() === 2}>
                <p>{tf().consentHint}</p>
                <For each={OFFICES}>
                  {(office) => (
                    <label class="check">
                      <input
                        type="checkbox"
                        name={`consent-${office}`}
                        checked={draft.consent[office]}
                        onChange={(e) => setDraft('consent', office, e.currentTarget.checked)}
                      />
                      <span>
                        <strong>{tf().offices[office]}</strong>: {tf().consent[office]}
                      </span>
                    </label>
                  )}
                </For>
              </Show>
              <Show when={step() === 3}>
                <DraftFields fields={OFFICE_FIELDS} draft={draft} setDraft={setDraft} />
                <Show when={draft.consent.ELTERNGELD_OFFICE}>
                  <p id="months-hint" class="meta">
                    {tf().monthsHint}
                  </p>
                </Show>
              </Show>
              <Show when={step() === 4}>
                <BundleReview draft={draft} />
              </Show>
            </fieldset>
            <p role="alert">{message()}</p>
            <p>
              <Show when={step() > 0}>
                <button type="button" onClick={back}>
                  {tf().back}
                </button>{' '}
              </Show>
              <Show
                when={step() === steps().length - 1}
                fallback={
                  // A submit button, so that Enter in a field goes on too (implicit submission).
                  <button type="submit">{tf().next}</button>
                }
              >
                <button type="submit">{tf().submit}</button>
              </Show>
            </p>
          </form>
        </section>
        <SavedBundles bundles={bundles() ?? []} onDelete={remove} />
      </Show>
    </section>
  );
}
