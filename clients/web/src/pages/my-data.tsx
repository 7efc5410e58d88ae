/**
 * "Meine Daten": a copy of everything the hub holds about the signed-in person
 * as a JSON file, and closing the account. Deleting asks for the account's
 * email (typed, not a click in passing) and says first what will happen.
 */
import { createSignal, For, onCleanup, Show } from 'solid-js';
import {
  PortalDeleteMyAccountDocument,
  PortalMyPersonalDataDocument,
  PortalMyPersonalDataPartDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { ta } from '../i18n-account.ts';
import { signInThenReturn } from '../router.ts';
import { session, signOut } from '../session.ts';
import { MyEnergySection } from './my-data-energy.tsx';

/** kaarst-meine-daten-YYYY-MM-DD.json, the date of the copy in the person's own time zone. */
function exportFileName(at: Date): string {
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `kaarst-meine-daten-${day}.json`;
}

type ExportFile = { url: string; name: string; missing: string[] };

/**
 * The parts asked one by one, each may be away on its own: the flags of the
 * PortalMyPersonalDataPart document (one per part), read from the document itself.
 */
const PARTS = PortalMyPersonalDataPartDocument.definitions.flatMap((definition) =>
  definition.kind === 'OperationDefinition'
    ? (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value)
    : [],
);

function ExportSection() {
  const [file, setFile] = createSignal<ExportFile | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  const release = () => {
    const previous = file();
    if (previous) URL.revokeObjectURL(previous.url);
  };
  onCleanup(release);

  async function prepare() {
    setBusy(true);
    setFailure('');
    const [core, ...parts] = await Promise.all([
      client().query(PortalMyPersonalDataDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
      ...PARTS.map((part) =>
        client()
          .query(PortalMyPersonalDataPartDocument, { [part]: true }, { requestPolicy: 'network-only' })
          .toPromise(),
      ),
    ]);
    setBusy(false);
    const data = core.data?.myPersonalData;
    if (!data) {
      setFailure(`${t().errorPrefix} ${core.error?.graphQLErrors[0]?.message ?? core.error?.message}`);
      return;
    }
    const document: Record<string, unknown> = { ...data };
    const missing: string[] = [];
    PARTS.forEach((part, i) => {
      const value = (parts[i]?.data?.myPersonalData as Record<string, unknown> | undefined)?.[part];
      if (value) document[part] = value;
      else missing.push(part);
    });
    // Said in the file too: a copy without some parts must not pass for a complete one.
    if (missing.length) document.unavailable = missing;
    delete document.__typename;
    release();
    const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
    setFile({ url: URL.createObjectURL(blob), name: exportFileName(new Date(data.generatedAt)), missing });
  }

  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{ta().exportTitle}</h2>
      <p>{ta().exportIntro}</p>
      <button type="button" class="primary" disabled={busy()} onClick={prepare}>
        {ta().prepareExport}
      </button>
      <p role="status" class={busy() ? 'hint' : 'visually-hidden'}>
        {busy() ? ta().preparingExport : file() ? ta().exportReady : ''}
      </p>
      <Show when={failure()}>
        <p class="message error" role="alert">
          {failure()}
        </p>
      </Show>
      <Show when={file()}>
        {(ready) => (
          <>
            <p>
              <a class="button" href={ready().url} download={ready().name}>
                {ta().downloadExport(ready().name)}
              </a>
            </p>
            <Show when={ready().missing.length}>
              <p class="message warning">
                {ta().partsUnavailable(
                  ready()
                    .missing.map((part) => ta().exportParts[part] ?? part)
                    .join(', '),
                )}
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function DeleteSection(props: { onDeleted: () => void }) {
  const [wrongEmail, setWrongEmail] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;

  async function remove(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setWrongEmail(false);
    setFailure('');
    const result = await client()
      .mutation(PortalDeleteMyAccountDocument, { confirmEmail: email.value.trim() })
      .toPromise();
    setBusy(false);
    if (result.data?.deleteMyAccount) return props.onDeleted();
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      setWrongEmail(true);
      email.focus();
      return;
    }
    setFailure(`${ta().deleteFailed} ${result.error?.graphQLErrors[0]?.message ?? result.error?.message}`);
  }

  return (
    <form class="card" onSubmit={remove} aria-labelledby="delete-title" novalidate>
      <h2 id="delete-title">{ta().deleteTitle}</h2>
      <p>{ta().deleteIntro}</p>
      <ul>
        <For each={ta().deleteEffects}>{(effect) => <li>{effect}</li>}</For>
      </ul>
      <p>
        <strong>{ta().deleteIrreversible}</strong>
      </p>
      <label for="confirm-email">{ta().confirmEmailLabel}</label>
      <input
        ref={email}
        id="confirm-email"
        name="confirmEmail"
        type="email"
        autocomplete="off"
        required
        aria-invalid={wrongEmail()}
        aria-describedby={wrongEmail() ? 'confirm-email-error' : undefined}
      />
      <Show when={wrongEmail()}>
        <p id="confirm-email-error" class="error field-error">
          {ta().fieldErrorPrefix} {ta().confirmEmailWrong}
        </p>
      </Show>
      <Show when={failure()}>
        <p class="message error" role="alert">
          {failure()}
        </p>
      </Show>
      <button type="submit" class="danger" disabled={busy()}>
        {ta().deleteButton}
      </button>
    </form>
  );
}

export function MyDataPage() {
  const [deleted, setDeleted] = createSignal(false);
  return (
    <section aria-labelledby="my-data-title">
      <h1 id="my-data-title" tabindex="-1">
        {ta().myDataTitle}
      </h1>
      <p>{ta().myDataIntro}</p>
      <p role="status" class={deleted() ? 'message success' : 'visually-hidden'}>
        {deleted() ? ta().accountDeleted : ''}
      </p>
      <Show
        when={session()}
        fallback={
          <Show when={!deleted()}>
            <p>{ta().myDataNeedSignIn}</p>
            <button type="button" class="primary" onClick={() => signInThenReturn('my-data')}>
              {t().navSignIn}
            </button>
          </Show>
        }
      >
        <ExportSection />
        <MyEnergySection />
        <DeleteSection
          onDeleted={() => {
            setDeleted(true);
            signOut();
          }}
        />
      </Show>
    </section>
  );
}
