/**
 * One request in the staff workbench: its history and messages, attachments (images as
 * thumbnails), take it, change its status with a reason, reply to the citizen, internal notes
 * and the due date. The queue around it is requests.tsx.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { me } from '../access.ts';
import { formatDateTime } from '../dates.ts';
import {
  HubSendRequestMessageDocument,
  type RequestStatus,
  WorkbenchAddRequestNoteDocument,
  WorkbenchAssignRequestDocument,
  WorkbenchChangeRequestStatusDocument,
  WorkbenchRequestDocument,
  type WorkbenchRequestRowFragment,
  WorkbenchSetRequestDueDateDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

export const STATUS: Record<RequestStatus, string> = {
  RECEIVED: 'Eingegangen',
  IN_PROGRESS: 'In Bearbeitung',
  WAITING_FOR_CITIZEN: 'Wartet auf Rückmeldung',
  DONE: 'Erledigt',
  REJECTED: 'Abgelehnt',
};
export const OPEN: RequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'];
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

export const explain = (error: Parameters<typeof errorCode>[0]) =>
  ERRORS[errorCode(error) ?? ''] ?? error?.message ?? 'Unbekannter Fehler';

export function RequestDetail(props: { id: string; onChanged: (row: WorkbenchRequestRowFragment) => void }) {
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
      .mutation(HubSendRequestMessageDocument, { requestId: props.id, body })
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
