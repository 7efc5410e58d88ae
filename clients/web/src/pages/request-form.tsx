/**
 * A new request (Anliegen): its kind, the questions that kind asks, a
 * description and, where it matters, the place: an address, and the device's
 * position if the citizen shares it. Every control has a visible label.
 */
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { uploadAttachment } from '../attachments.ts';
import {
  PortalRequestTypesDocument,
  type PortalRequestTypesQuery,
  PortalSubmitRequestDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { refusalText, tf } from '../i18n-attachments.ts';
import { ACCEPTED_FILES } from './attachments.tsx';

type RequestType = PortalRequestTypesQuery['requestTypes'][number];
type Field = RequestType['fields'][number];

const newKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

type Choice = { key: string; name: string };

/**
 * The choices of a type's list fields, by field code, from the Open311 service definition
 * on the same origin: the graph's requestTypes with values exceeds the gateway's cost limit.
 */
async function choicesOf(typeCode: string): Promise<Record<string, Choice[]>> {
  const response = await fetch(`/open311/v2/services/${encodeURIComponent(typeCode)}.json`);
  if (!response.ok) throw new Error(`Open311 ${response.status}`);
  const definition = (await response.json()) as { attributes?: Array<{ code: string; values?: Choice[] }> };
  return Object.fromEntries((definition.attributes ?? []).map((a) => [a.code, a.values ?? []]));
}

const isList = (field: Field) => field.type === 'SINGLEVALUELIST' || field.type === 'MULTIVALUELIST';

function FieldInput(props: { field: Field; id: string; choices: Choice[] }) {
  const common = () => ({ id: props.id, name: props.field.code, required: props.field.required });
  return (
    <>
      <label for={props.id}>{props.field.description}</label>
      <Switch fallback={<input type="text" {...common()} />}>
        <Match when={isList(props.field)}>
          <select {...common()} multiple={props.field.type === 'MULTIVALUELIST'}>
            <option value="">{t().pleaseChoose}</option>
            <For each={props.choices}>{(value) => <option value={value.key}>{value.name}</option>}</For>
          </select>
        </Match>
        <Match when={props.field.type === 'TEXT'}>
          <textarea rows="3" {...common()} />
        </Match>
        <Match when={props.field.type === 'NUMBER'}>
          <input type="number" inputmode="decimal" step="any" {...common()} />
        </Match>
        <Match when={props.field.type === 'DATETIME'}>
          <input type="date" {...common()} />
        </Match>
      </Switch>
    </>
  );
}

/** `fileProblem`: the request arrived, its optional file did not (why, in words). */
export function RequestForm(props: { onSubmitted: (referenceNumber: string, fileProblem?: string) => void }) {
  const [types] = createResource(
    () => client(),
    async (current) => {
      const result = await current.query(PortalRequestTypesDocument, {}).toPromise();
      if (result.error) throw result.error;
      return result.data?.requestTypes ?? [];
    },
  );
  const [typeCode, setTypeCode] = createSignal('');
  const [position, setPosition] = createSignal<{ latitude: number; longitude: number } | null>(null);
  const [positionNote, setPositionNote] = createSignal('');
  const [failure, setFailure] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let idempotencyKey = newKey();
  const chosen = () => types()?.find((type) => type.code === typeCode());
  const [choices] = createResource(() => (chosen()?.fields.some(isList) ? typeCode() : false), choicesOf);

  function locate() {
    setPositionNote(t().locating);
    navigator.geolocation.getCurrentPosition(
      (found) => {
        const next = { latitude: found.coords.latitude, longitude: found.coords.longitude };
        setPosition(next);
        setPositionNote(t().positionTaken(next.latitude.toFixed(5), next.longitude.toFixed(5)));
      },
      () => setPositionNote(t().positionFailed),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const type = chosen();
    if (!type) return;
    const data = new FormData(form);
    const answers = type.fields
      .map((field) => ({ field: field.code, value: data.getAll(field.code).map(String).join(',').trim() }))
      .filter((answer) => answer.value !== '');
    const address = String(data.get('address') ?? '').trim();
    setBusy(true);
    setFailure('');
    const result = await client()
      .mutation(PortalSubmitRequestDocument, {
        input: {
          typeCode: type.code,
          description: String(data.get('description') ?? '').trim(),
          answers,
          ...(address ? { address } : {}),
          ...(position() ?? {}),
          idempotencyKey,
        },
      })
      .toPromise();
    const submitted = result.data?.submitRequest;
    if (!submitted) {
      setBusy(false);
      setFailure(`${t().errorPrefix} ${result.error?.graphQLErrors[0]?.message ?? result.error?.message}`);
      return;
    }
    idempotencyKey = newKey();
    const file = data.get('file');
    const refused = file instanceof File && file.size > 0 ? await uploadAttachment(submitted.id, file) : null;
    setBusy(false);
    form.reset();
    setTypeCode('');
    setPosition(null);
    setPositionNote('');
    props.onSubmitted(submitted.referenceNumber, refused ? refusalText(refused) : undefined);
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-request-title">
      <h2 id="new-request-title">{t().newRequest}</h2>
      <Show when={types()} fallback={<p role="status">{t().loading}</p>}>
        {(list) => (
          <>
            <label for="request-type">{t().requestType}</label>
            <select
              id="request-type"
              name="typeCode"
              required
              value={typeCode()}
              onChange={(e) => setTypeCode(e.currentTarget.value)}
              aria-describedby="request-type-description"
            >
              <option value="">{t().pleaseChoose}</option>
              <For each={list()}>{(type) => <option value={type.code}>{type.name}</option>}</For>
            </select>
            <p id="request-type-description" class="hint">
              {chosen()?.description ?? ''}
            </p>
            <Show when={chosen()}>
              {(type) => (
                <>
                  <For each={type().fields}>
                    {(field) => (
                      <FieldInput
                        field={field}
                        id={`field-${field.code}`}
                        choices={choices()?.[field.code] ?? []}
                      />
                    )}
                  </For>
                  <label for="request-description">{t().requestDescription}</label>
                  <textarea id="request-description" name="description" rows="4" required />
                  <fieldset class="place">
                    <legend>{type().needsLocation ? t().placeRequired : t().placeOptional}</legend>
                    <label for="request-address">{t().address}</label>
                    <input
                      id="request-address"
                      name="address"
                      type="text"
                      autocomplete="street-address"
                      required={type().needsLocation && !position()}
                    />
                    <button type="button" onClick={locate}>
                      {t().useMyPosition}
                    </button>
                    <p class="hint" role="status">
                      {positionNote()}
                    </p>
                    <Show when={type().publication === 'PUBLIC_PLACE'}>
                      <p class="hint">{t().publicPlaceNote}</p>
                    </Show>
                  </fieldset>
                  <label for="request-file">{tf().photoOptional}</label>
                  <input
                    id="request-file"
                    name="file"
                    type="file"
                    accept={ACCEPTED_FILES}
                    aria-describedby="request-file-hint"
                  />
                  <p id="request-file-hint" class="hint">
                    {tf().fileHint}
                  </p>
                  <Show when={failure()}>
                    <p class="message error" role="alert">
                      {failure()}
                    </p>
                  </Show>
                  <button type="submit" class="primary" disabled={busy()}>
                    {t().submitRequest}
                  </button>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
    </form>
  );
}
