/**
 * The birth bundles a family saved: each with one part per office (a file to download where
 * the family consented, else a plain "no consent") and a button to delete it; and the form's
 * last step, the review of what will be sent.
 */
import { For, Show } from 'solid-js';
import { formatDay } from '../dates.ts';
import type { PortalBirthBundleFragment } from '../generated/graphql.ts';
import { tf } from '../i18n-family.ts';
import { type Draft, download, OFFICES } from './birth-bundle-draft.ts';

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

export function SavedBundles(props: {
  bundles: PortalBirthBundleFragment[];
  onDelete: (bundle: PortalBirthBundleFragment) => void;
}) {
  return (
    <section class="card" aria-labelledby="birth-bundles-title">
      <h2 id="birth-bundles-title" tabindex="-1">
        {tf().bundlesTitle}
      </h2>
      <Show when={props.bundles.length > 0} fallback={<p>{tf().noBundles}</p>}>
        <For each={props.bundles}>
          {(bundle) => (
            <section aria-label={bundle.childFirstNames} data-testid="birth-bundle">
              <h3>
                {tf().bundleOf(bundle.childFirstNames, bundle.childFamilyName, formatDay(bundle.birthDate))}
              </h3>
              <BundleParts bundle={bundle} />
              <p>
                <button type="button" onClick={() => props.onDelete(bundle)}>
                  {tf().deleteBundle(bundle.childFirstNames)}
                </button>
              </p>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}

/** The last step: what will be sent, to check before saving. */
export function BundleReview(props: { draft: Draft }) {
  const facts = () =>
    (
      [
        'childFirstNames',
        'childFamilyName',
        'birthDate',
        'placeOfBirth',
        'parent1Name',
        'parent2Name',
      ] as const
    )
      .filter((name) => name !== 'parent2Name' || props.draft.parent2Name)
      .map((name) => ({
        term: tf()[name],
        value:
          name === 'birthDate' && props.draft.birthDate
            ? formatDay(props.draft.birthDate)
            : props.draft[name],
      }));
  return (
    <>
      <h3>{tf().reviewTitle}</h3>
      <dl class="facts" data-testid="birth-review">
        <For each={facts()}>
          {(fact) => (
            <>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </>
          )}
        </For>
        <For each={OFFICES}>
          {(office) => (
            <>
              <dt>
                {tf().consentGiven}: {tf().offices[office]}
              </dt>
              <dd>{props.draft.consent[office] ? tf().yes : tf().no}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}
