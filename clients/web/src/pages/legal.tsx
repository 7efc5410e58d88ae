/** Impressum, Datenschutz, Barrierefreiheit, Kontakt: drafts until the town supplies the binding texts. */
import { For, Show } from 'solid-js';
import { tl, type LegalPage as Which } from '../i18n-legal.ts';

export function LegalPage(props: { page: Which }) {
  const text = () => tl()[props.page];
  return (
    <section aria-labelledby="legal-title">
      <h1 id="legal-title" tabindex="-1">
        {text().title}
      </h1>
      <Show when={text().draft}>
        {(draft) => (
          <p class="message warning" data-testid="draft-notice">
            <strong>{tl().draftLabel}:</strong> {draft()}
          </p>
        )}
      </Show>
      <For each={text().sections}>
        {(section) => (
          <>
            <h2>{section.heading}</h2>
            <For each={section.paragraphs}>{(paragraph) => <p>{paragraph}</p>}</For>
          </>
        )}
      </For>
    </section>
  );
}
