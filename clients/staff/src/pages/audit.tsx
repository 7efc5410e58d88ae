/**
 * Admins: the audit log (who did what to which record, when) of the Bürgerbüro's bookings, the
 * requests and the accounts, filtered by actor, record type and time, newest first.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import { type WorkbenchAuditEntryFragment, WorkbenchAuditLogDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

type Filter = { actorId?: string; recordType?: string; since?: string };
const PARTS = {
  appointments: 'Termine',
  requests: 'Anliegen',
  citizens: 'Konten und API-Schlüssel',
} as const;

export function AuditPage() {
  const [filter, setFilter] = createSignal<Filter>({});
  const [entries] = createResource(filter, async (current) => {
    const result = await client()
      .query(WorkbenchAuditLogDocument, { ...current, first: 50 }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error)
      throw new Error(errorCode(result.error) === 'FORBIDDEN' ? 'Nur für Admins.' : result.error.message);
    const log = result.data?.auditLog;
    if (!log) return [];
    return (Object.keys(PARTS) as Array<keyof typeof PARTS>)
      .flatMap((part) => log[part].map((entry) => ({ ...entry, part: PARTS[part] })))
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  });

  function apply(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const since = value('since');
    const next: Filter = {};
    const actorId = value('actorId');
    const recordType = value('recordType');
    if (actorId) next.actorId = actorId;
    if (recordType) next.recordType = recordType;
    if (since) next.since = new Date(since).toISOString();
    setFilter(next);
  }

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title" tabindex="-1">
        Protokoll
      </h1>
      <form class="toolbar" onSubmit={apply}>
        <div class="field">
          <label for="audit-actor">Wer (Konto-ID)</label>
          <input id="audit-actor" name="actorId" />
        </div>
        <div class="field">
          <label for="audit-type">Art des Datensatzes</label>
          <select id="audit-type" name="recordType">
            <option value="">alle</option>
            <option value="Appointment">Termin</option>
            <option value="OfficeLocation">Standort</option>
            <option value="ServiceRequest">Anliegen</option>
            <option value="ApiKey">API-Schlüssel</option>
          </select>
        </div>
        <div class="field">
          <label for="audit-since">Seit</label>
          <input id="audit-since" name="since" type="datetime-local" />
        </div>
        <button type="submit" class="primary">
          Filtern
        </button>
      </form>
      <Show
        when={!entries.error}
        fallback={<p class="message error">{String(entries.error?.message ?? entries.error)}</p>}
      >
        <Show when={entries()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Keine Einträge.</p>}>
              <table class="schedule" data-testid="audit-log">
                <thead>
                  <tr>
                    <th scope="col">Zeit</th>
                    <th scope="col">Bereich</th>
                    <th scope="col">Wer</th>
                    <th scope="col">Was</th>
                    <th scope="col">Datensatz</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(entry: WorkbenchAuditEntryFragment & { part: string }) => (
                      <tr>
                        <td>{formatDateTime(entry.at)}</td>
                        <td>{entry.part}</td>
                        <td>
                          {entry.actorRoles.join(', ')}
                          {entry.actorDepartment ? ` (${entry.actorDepartment})` : ''} · {entry.actorId}
                        </td>
                        <td>
                          {entry.action}
                          {entry.detail ? `: ${entry.detail}` : ''}
                        </td>
                        <td>
                          {entry.recordType} {entry.recordId}
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
    </section>
  );
}
