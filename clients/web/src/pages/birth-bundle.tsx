/**
 * The birth bundle (#/geburt, after Bremen's ELFE): one guided form in five steps (child,
 * parents, offices and consent, what each consented office needs, check and submit). Only the
 * fields of consented offices are shown and sent; the subgraph stores each office's part and
 * gives it back as a document to download. The page says plainly that nothing is filed with
 * the federal offices (the town cannot reach their systems).
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { formatDay } from '../dates.ts';
import {
  type BirthBundleInput,
  type BirthOffice,
  type PortalBirthBundleFragment,
  PortalDeleteBirthBundleDocument,
  PortalMyBirthBundlesDocument,
  PortalSubmitBirthBundleDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { href, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import './family.css';

const OFFICES: BirthOffice[] = ['REGISTRY_OFFICE', 'FAMILIENKASSE', 'ELTERNGELD_OFFICE'];
const FILE_NAMES: Record<BirthOffice, string> = {
  REGISTRY_OFFICE: 'standesamt',
  FAMILIENKASSE: 'familienkasse',
  ELTERNGELD_OFFICE: 'elterngeldstelle',
};

interface Draft {
  childFirstNames: string;
  childFamilyName: string;
  birthDate: string;
  placeOfBirth: string;
  parent1Name: string;
  parent2Name: string;
  married: boolean;
  consent: Record<BirthOffice, boolean>;
  certificateCopies: string;
  applicantTaxId: string;
  iban: string;
  months1: string;
  months2: string;
}

const emptyDraft = (): Draft => ({
  childFirstNames: '',
  childFamilyName: '',
  birthDate: '',
  placeOfBirth: 'Kaarst',
  parent1Name: '',
  parent2Name: '',
  married: false,
  consent: { REGISTRY_OFFICE: false, FAMILIENKASSE: false, ELTERNGELD_OFFICE: false },
  certificateCopies: '3',
  applicantTaxId: '',
  iban: '',
  months1: '12',
  months2: '2',
});

/** Only what the consented offices need: the subgraph refuses the rest. */
function inputOf(d: Draft): BirthBundleInput {
  const { consent } = d;
  return {
    childFirstNames: d.childFirstNames,
    childFamilyName: d.childFamilyName,
    birthDate: d.birthDate,
    placeOfBirth: d.placeOfBirth,
    parent1Name: d.parent1Name,
    parent2Name: d.parent2Name.trim() || null,
    married: d.married,
    consentRegistryOffice: consent.REGISTRY_OFFICE,
    consentFamilienkasse: consent.FAMILIENKASSE,
    consentElterngeldOffice: consent.ELTERNGELD_OFFICE,
    ...(consent.REGISTRY_OFFICE ? { certificateCopies: Number(d.certificateCopies) } : {}),
    ...(consent.FAMILIENKASSE ? { applicantTaxId: d.applicantTaxId } : {}),
    ...(consent.FAMILIENKASSE || consent.ELTERNGELD_OFFICE ? { iban: d.iban } : {}),
    ...(consent.ELTERNGELD_OFFICE
      ? { elterngeldMonthsParent1: Number(d.months1), elterngeldMonthsParent2: Number(d.months2) }
      : {}),
  };
}

function download(bundle: PortalBirthBundleFragment, office: BirthOffice, document: unknown) {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `geburt-${bundle.birthDate}-${FILE_NAMES[office]}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function BundleParts(props: { bundle: PortalBirthBundleFragment }) {
  return (
    <For each={props.bundle.parts}>
      {(part) => (
        <div class="birth-part" data-testid="birth-part">
          <h4>{tf().partFor(tf().offices[part.office])}</h4>
          <Show when={part.consent && part.document} fallback={<p>{tf().noConsent}</p>}>
            {(document) => (
              <>
                <p>{part.howToSubmit}</p>
                <button type="button" onClick={() => download(props.bundle, part.office, document())}>
                  {tf().download(tf().offices[part.office])}
                </button>
              </>
            )}
          </Show>
        </div>
      )}
    </For>
  );
}

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

  const text = (
    key: 'childFirstNames' | 'childFamilyName' | 'placeOfBirth' | 'parent1Name' | 'parent2Name',
    required = true,
  ) => (
    <label>
      {tf()[key]}
      <input
        name={key}
        required={required}
        maxLength={200}
        value={draft[key]}
        onInput={(e) => setDraft(key, e.currentTarget.value)}
      />
    </label>
  );

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
                {text('childFirstNames')}
                {text('childFamilyName')}
                <label>
                  {tf().birthDate}
                  <input
                    name="birthDate"
                    type="date"
                    required
                    value={draft.birthDate}
                    onInput={(e) => setDraft('birthDate', e.currentTarget.value)}
                  />
                </label>
                {text('placeOfBirth')}
              </Show>
              <Show when={step() === 1}>
                {text('parent1Name')}
                {text('parent2Name', false)}
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
                <Show
                  when={
                    draft.consent.FAMILIENKASSE ||
                    draft.consent.ELTERNGELD_OFFICE ||
                    draft.consent.REGISTRY_OFFICE
                  }
                >
                  <Show when={draft.consent.REGISTRY_OFFICE}>
                    <label>
                      {tf().certificateCopies}
                      <input
                        name="certificateCopies"
                        type="number"
                        min="1"
                        max="10"
                        required
                        value={draft.certificateCopies}
                        onInput={(e) => setDraft('certificateCopies', e.currentTarget.value)}
                      />
                    </label>
                  </Show>
                  <Show when={draft.consent.FAMILIENKASSE}>
                    <label>
                      {tf().applicantTaxId}
                      <input
                        name="applicantTaxId"
                        inputMode="numeric"
                        pattern="[1-9][0-9]{10}"
                        autocomplete="off"
                        required
                        value={draft.applicantTaxId}
                        onInput={(e) => setDraft('applicantTaxId', e.currentTarget.value)}
                      />
                    </label>
                  </Show>
                  <Show when={draft.consent.FAMILIENKASSE || draft.consent.ELTERNGELD_OFFICE}>
                    <label>
                      {tf().iban}
                      <input
                        name="iban"
                        autocomplete="off"
                        required
                        value={draft.iban}
                        onInput={(e) => setDraft('iban', e.currentTarget.value)}
                      />
                    </label>
                  </Show>
                  <Show when={draft.consent.ELTERNGELD_OFFICE}>
                    <label>
                      {tf().months1}
                      <input
                        name="months1"
                        type="number"
                        min="0"
                        max="14"
                        required
                        aria-describedby="months-hint"
                        value={draft.months1}
                        onInput={(e) => setDraft('months1', e.currentTarget.value)}
                      />
                    </label>
                    <label>
                      {tf().months2}
                      <input
                        name="months2"
                        type="number"
                        min="0"
                        max="14"
                        required
                        aria-describedby="months-hint"
                        value={draft.months2}
                        onInput={(e) => setDraft('months2', e.currentTarget.value)}
                      />
                    </label>
                    <p id="months-hint" class="meta">
                      {tf().monthsHint}
                    </p>
                  </Show>
                </Show>
              </Show>
              <Show when={step() === 4}>
                <h3>{tf().reviewTitle}</h3>
                <dl class="facts" data-testid="birth-review">
                  <dt>{tf().childFirstNames}</dt>
                  <dd>{draft.childFirstNames}</dd>
                  <dt>{tf().childFamilyName}</dt>
                  <dd>{draft.childFamilyName}</dd>
                  <dt>{tf().birthDate}</dt>
                  <dd>{draft.birthDate ? formatDay(draft.birthDate) : ''}</dd>
                  <dt>{tf().placeOfBirth}</dt>
                  <dd>{draft.placeOfBirth}</dd>
                  <dt>{tf().parent1Name}</dt>
                  <dd>{draft.parent1Name}</dd>
                  <Show when={draft.parent2Name}>
                    <dt>{tf().parent2Name}</dt>
                    <dd>{draft.parent2Name}</dd>
                  </Show>
                  <For each={OFFICES}>
                    {(office) => (
                      <>
                        <dt>
                          {tf().consentGiven}: {tf().offices[office]}
                        </dt>
                        <dd>{draft.consent[office] ? tf().yes : tf().no}</dd>
                      </>
                    )}
                  </For>
                </dl>
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
        <section class="card" aria-labelledby="birth-bundles-title">
          <h2 id="birth-bundles-title" tabindex="-1">
            {tf().bundlesTitle}
          </h2>
          <Show when={(bundles() ?? []).length > 0} fallback={<p>{tf().noBundles}</p>}>
            <For each={bundles() ?? []}>
              {(bundle) => (
                <section aria-label={bundle.childFirstNames} data-testid="birth-bundle">
                  <h3>
                    {tf().bundleOf(
                      bundle.childFirstNames,
                      bundle.childFamilyName,
                      formatDay(bundle.birthDate),
                    )}
                  </h3>
                  <BundleParts bundle={bundle} />
                  <p>
                    <button type="button" onClick={() => remove(bundle)}>
                      {tf().deleteBundle(bundle.childFirstNames)}
                    </button>
                  </p>
                </section>
              )}
            </For>
          </Show>
        </section>
      </Show>
    </section>
  );
}
