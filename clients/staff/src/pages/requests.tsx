/**
 * The department's requests: the queue (oldest due first) with a status filter, one request
 * with its history and messages, a status change with a reason, a reply to the citizen. New
 * requests of the department arrive live (requestSubmitted). The located ones are also drawn on a
 * map (clients/ui's HubMap); choosing one there opens it like its row in the list.
 */
import { featureCollection, HubMap, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';
import { createEffect, createMemo, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { me } from '../access.ts';
import { formatDateTime } from '../dates.ts';
import {
  type RequestStatus,
  WorkbenchAddRequestNoteDocument,
  WorkbenchAssignRequestDocument,
  WorkbenchChangeRequestStatusDocument,
  WorkbenchReplyToRequestDocument,
  WorkbenchRequestDocument,
  WorkbenchRequestQueueDocument,
  type WorkbenchRequestRowFragment,
  WorkbenchRequestSubmittedDocument,
  WorkbenchSetRequestDueDateDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

const STATUS: Record<RequestStatus, string> = {
  RECEIVED: 'Eingegangen',
  IN_PROGRESS: 'In Bearbeitung',
  WAITING_FOR_CITIZEN: 'Wartet auf Rückmeldung',
  DONE: 'Erledigt',
  REJECTED: 'Abgelehnt',
};
const OPEN: RequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'];
const ERRORS: Record<string, string> = {
  CONFLICT: 'Dieser Statuswechsel ist nicht erlaubt.',
  BAD_USER_INPUT: 'Die Eingabe passt nicht (ein Grund ist nötig).',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Dieses Anliegen gibt es nicht (mehr).',
};
/** An instant as the value of a datetime-local field (the browser's local time). */
const localInput = (iso: string): string => {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
};

const explain = (error: Parameters<typeof errorCode>[0]) =>
  ERRORS[errorCode(error) ?? ''] ?? error?.message ?? 'Unbekannter Fehler';

function RequestDetail(props: { id: string; onChanged: (row: WorkbenchRequestRowFragment) => void }) {
  const [message, setMessage] = createSignal('');
  const [request, { refetch }] = createResource(
    () => props.id,
    async (id) =>
      (await client().query(WorkbenchRequestDocument, { id }, { requestPolicy: 'network-only' }).toPromise())
        .data?.serviceRequest,
  );

  async function changeStatus(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const result = await client()
      .mutation(WorkbenchChangeRequestStatusDocument, {
        requestId: props.id,
        status: String(form.get('status')) as RequestStatus,
        reason: String(form.get('reason') ?? '').trim(),
      })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    const changed = result.data?.changeRequestStatus;
    if (changed) props.onChanged(changed);
    (event.target as HTMLFormElement).reset();
    setMessage(`Status geändert: ${STATUS[changed?.status ?? 'RECEIVED']}.`);
    await refetch();
  }
  async function reply(event: SubmitEvent) {
    event.preventDefault();
    const target = event.currentTarget as HTMLFormElement;
    const body = String(new FormData(target).get('body') ?? '').trim();
    if (!body) return;
    const result = await client()
      .mutation(WorkbenchReplyToRequestDocument, { requestId: props.id, body })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    target.reset();
    setMessage('Antwort an die Bürgerin oder den Bürger gesendet.');
    await refetch();
  }

  async function note(event: SubmitEvent) {
    event.preventDefault();
    const target = event.currentTarget as HTMLFormElement;
    const body = String(new FormData(target).get('note') ?? '').trim();
    if (!body) return;
    const result = await client()
      .mutation(WorkbenchAddRequestNoteDocument, { requestId: props.id, body })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    target.reset();
    setMessage('Interne Notiz gespeichert (nur für Mitarbeitende sichtbar).');
    await refetch();
  }
  async function due(event: SubmitEvent) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('due') ?? '');
    const at = new Date(value);
    if (!value || Number.isNaN(at.getTime())) return setMessage('Bitte ein Datum mit Uhrzeit angeben.');
    const result = await client()
      .mutation(WorkbenchSetRequestDueDateDocument, { requestId: props.id, dueAt: at.toISOString() })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    const changed = result.data?.setRequestDueDate;
    if (changed) props.onChanged(changed);
    setMessage(
      `Frist geändert: fällig ${formatDateTime(changed?.dueAt ?? at.toISOString())}${changed?.overdue ? ' (überfällig)' : ''}.`,
    );
    await refetch();
  }
  async function take() {
    const result = await client()
      .mutation(WorkbenchAssignRequestDocument, { requestId: props.id })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    const changed = result.data?.assignRequest;
    if (changed) props.onChanged(changed);
    setMessage('Sie bearbeiten dieses Anliegen jetzt.');
    await refetch();
  }

  return (
    <Show when={request()} fallback={<p role="status">Wird geladen …</p>}>
      {(r) => (
        <section class="card" aria-labelledby="request-detail-title">
          <h2 id="request-detail-title">
            {r().referenceNumber}: {r().type.name}
          </h2>
          <p>
            <strong>{STATUS[r().status]}</strong>
            <Show when={r().overdue}>
              {' · '}
              <strong class="overdue">überfällig</strong>
            </Show>{' '}
            · fällig {formatDateTime(r().dueAt)}
            {r().address ? ` · ${r().address}` : ''}
          </p>
          <p data-testid="request-assignee">
            <Show
              when={r().assigneeId}
              fallback={
                <>
                  Noch niemandem zugewiesen.{' '}
                  <button type="button" onClick={take}>
                    Übernehmen
                  </button>
                </>
              }
            >
              {(assignee) => (
                <Show
                  when={assignee() === me()?.id}
                  fallback={
                    <>
                      Bearbeitet von einer Kollegin oder einem Kollegen.{' '}
                      <button type="button" onClick={take}>
                        Selbst übernehmen
                      </button>
                    </>
                  }
                >
                  Ihnen zugewiesen.
                </Show>
              )}
            </Show>
          </p>
          <p class="description">{r().description}</p>
          <h3>Verlauf</h3>
          <ol>
            <For each={r().history}>
              {(h) => (
                <li>
                  {formatDateTime(h.at)}: {STATUS[h.status]}
                  {h.reason ? ` (${h.reason})` : ''}
                </li>
              )}
            </For>
          </ol>
          <h3>Nachrichten</h3>
          <Show when={r().messages.length > 0} fallback={<p>Keine.</p>}>
            <ul>
              <For each={r().messages}>
                {(m) => (
                  <li>
                    {formatDateTime(m.at)} ·{' '}
                    {m.internal ? 'interne Notiz' : m.fromOffice ? 'Verwaltung' : 'Bürger/in'}: {m.body}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p role="status" class="message" data-testid="request-message">
            {message()}
          </p>
          <form class="inline-form" onSubmit={changeStatus}>
            <label for="new-status">Neuer Status</label>
            <select id="new-status" name="status" required>
              <For each={Object.keys(STATUS) as RequestStatus[]}>
                {(status) => (
                  <option value={status} disabled={status === r().status}>
                    {STATUS[status]}
                  </option>
                )}
              </For>
            </select>
            <label for="status-reason">Grund</label>
            <input id="status-reason" name="reason" required minlength="3" maxlength="500" />
            <button type="submit" class="primary">
              Status ändern
            </button>
          </form>
          <form class="inline-form" onSubmit={reply}>
            <label for="reply-body">Antwort an die Bürgerin oder den Bürger</label>
            <textarea id="reply-body" name="body" required maxlength="2000" rows="3" />
            <button type="submit">Antwort senden</button>
          </form>
          <form class="inline-form" onSubmit={note}>
            <label for="note-body">Interne Notiz (nur für Mitarbeitende)</label>
            <textarea id="note-body" name="note" required maxlength="2000" rows="2" />
            <button type="submit">Notiz speichern</button>
          </form>
          <form class="inline-form" onSubmit={due}>
            <label for="due-at">Fällig am</label>
            <input id="due-at" name="due" type="datetime-local" required value={localInput(r().dueAt)} />
            <button type="submit">Frist ändern</button>
          </form>
        </section>
      )}
    </Show>
  );
}

export function RequestsPage() {
  const [filter, setFilter] = createSignal<'open' | RequestStatus>('open');
  const [overdueOnly, setOverdueOnly] = createSignal(false);
  const [mine, setMine] = createSignal(false);
  const [selected, setSelected] = createSignal<string | null>(null);
  const [arrived, setArrived] = createSignal('');
  const [rows, { mutate }] = createResource(
    () => ({ current: filter(), overdue: overdueOnly(), assigned: mine() }),
    async ({ current, overdue, assigned }) => {
      const status = current === 'open' ? OPEN : [current];
      const result = await client()
        .query(
          WorkbenchRequestQueueDocument,
          { filter: { status, first: 50, overdueOnly: overdue, assignedToMe: assigned } },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error) throw new Error(explain(result.error));
      return result.data?.requestQueue ?? [];
    },
  );
  const shown = (status: RequestStatus) =>
    filter() === 'open' ? OPEN.includes(status) : filter() === status;

  // New requests of the department, live (admins without a department: on reload).
  createEffect(
    on(
      () => me()?.department,
      (department) => {
        if (!department) return;
        const live = client()
          .subscription(WorkbenchRequestSubmittedDocument, { department })
          .subscribe((result) => {
            const row = result.data?.requestSubmitted;
            if (!row) return;
            setArrived(`Neues Anliegen eingegangen: ${row.referenceNumber} (${row.type.name}).`);
            if (shown(row.status) && !overdueOnly() && !mine())
              mutate((list) => [row, ...(list ?? []).filter((r) => r.id !== row.id)]);
          });
        onCleanup(() => live.unsubscribe());
      },
    ),
  );

  const located = createMemo(() => {
    const list = rows() ?? [];
    const features = list.flatMap((r) =>
      r.latitude != null && r.longitude != null
        ? [
            pointFeature(r.longitude, r.latitude, {
              id: r.id,
              kind: 'request',
              label: `${r.referenceNumber}: ${r.type.name} (${STATUS[r.status]})${r.address ? `, ${r.address}` : ''}`,
              selected: r.id === selected(),
            }),
          ]
        : [],
    );
    return { all: list.length, collection: featureCollection(features) };
  });

  const onChanged = (row: WorkbenchRequestRowFragment) =>
    mutate((list) =>
      (list ?? []).flatMap((r) => (r.id !== row.id ? [r] : shown(row.status) ? [{ ...r, ...row }] : [])),
    );

  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title" tabindex="-1">
        Anliegen{me()?.department ? ` · Fachbereich ${me()?.department}` : ''}
      </h1>
      <div class="toolbar">
        <div class="field">
          <label for="request-filter">Status</label>
          <select
            id="request-filter"
            onChange={(e) => setFilter(e.currentTarget.value as 'open' | RequestStatus)}
          >
            <option value="open">Alle offenen</option>
            <For each={Object.keys(STATUS) as RequestStatus[]}>
              {(status) => <option value={status}>{STATUS[status]}</option>}
            </For>
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={overdueOnly()}
            onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
          />{' '}
          Nur überfällige
        </label>
        <label class="check">
          <input type="checkbox" checked={mine()} onChange={(e) => setMine(e.currentTarget.checked)} /> Nur
          mir zugewiesene
        </label>
      </div>
      <p role="status" class="message" data-testid="request-arrived">
        {arrived()}
      </p>
      <Show
        when={!rows.error}
        fallback={<p class="message error">{String(rows.error?.message ?? rows.error)}</p>}
      >
        <Show when={rows()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Keine Anliegen mit diesem Status.</p>}>
              <table class="schedule" data-testid="request-queue">
                <thead>
                  <tr>
                    <th scope="col">Nummer</th>
                    <th scope="col">Art</th>
                    <th scope="col">Status</th>
                    <th scope="col">Eingang</th>
                    <th scope="col">Fällig</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(r) => (
                      <tr data-testid={`request-${r.referenceNumber}`}>
                        <td>
                          <button type="button" class="link-button" onClick={() => setSelected(r.id)}>
                            {r.referenceNumber}
                          </button>
                        </td>
                        <td>{r.type.name}</td>
                        <td>{STATUS[r.status]}</td>
                        <td>{formatDateTime(r.createdAt)}</td>
                        <td>
                          {formatDateTime(r.dueAt)}
                          <Show when={r.overdue}>
                            {' '}
                            <strong class="overdue">überfällig</strong>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>
      <Show when={rows()}>
        <section class="card" aria-labelledby="request-map-title">
          <h2 id="request-map-title">Karte</h2>
          <p class="hub-map-note" data-testid="request-map-note">
            {located().collection.features.length} von {located().all} Anliegen mit Ort auf der Karte. Die
            Liste oben enthält alle; dort lassen sie sich auch per Tastatur öffnen.
          </p>
          <HubMap
            label="Karte der Anliegen mit Ort"
            features={located().collection}
            tileUrl={mapTiles.url}
            attribution={mapTiles.attribution}
            onSelect={setSelected}
            testId="request-map"
          />
        </section>
      </Show>
      <Show when={selected()}>{(id) => <RequestDetail id={id()} onChanged={onChanged} />}</Show>
    </section>
  );
}
