/**
 * Admins: the audit log (who did what to which record, when) of every part of the hub that
 * keeps one: bookings, requests, accounts and API keys, the Kaarst Pass, the council's
 * broadcasts, energy and participation. Filtered by actor, part, record type and a time range,
 * newest first. Each chosen part is asked for on its own; a part that does not answer is named,
 * and the others are still shown.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type WorkbenchAuditEntryFragment,
  WorkbenchAuditLogDocument,
  type WorkbenchAuditLogQueryVariables,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { ListTable } from '../loaded-table.tsx';

const PARTS = {
  appointments: 'Termine',
  requests: 'Anliegen',
  citizens: 'Konten und API-Schlüssel',
  pass: 'Kaarst-Pass',
  council: 'Rat (RATS-TV)',
  energy: 'Energie',
  participation: 'Beteiligung',
} as const;
type Part = keyof typeof PARTS;
const PART_KEYS = Object.keys(PARTS) as Part[];
const INCLUDE: Record<Part, keyof WorkbenchAuditLogQueryVariables> = {
  appointments: 'withAppointments',
  requests: 'withRequests',
  citizens: 'withCitizens',
  pass: 'withPass',
  council: 'withCouncil',
  energy: 'withEnergy',
  participation: 'withParticipation',
};
/** The record types the subgraphs write, in German. */
const RECORD_TYPES: Record<string, string> = {
  Appointment: 'Termin',
  OfficeLocation: 'Standort',
  ServiceRequest: 'Anliegen',
  Account: 'Konto',
  ApiKey: 'API-Schlüssel',
  KaarstPass: 'Kaarst-Pass',
  Offer: 'Kaarst-Pass-Angebot',
  Redemption: 'Einlösung',
  CouncilBroadcast: 'RATS-TV-Übertragung',
  Meter: 'Zähler',
  DynamicPriceList: 'Preisliste',
  EnergyAggregate: 'Energie-Auswertung',
  Process: 'Beteiligungsverfahren',
  Proposal: 'Vorschlag',
  Suggestion: 'Anregung',
  Survey: 'Umfrage',
  ParticipatoryBudget: 'Bürgerhaushalt',
  BudgetProject: 'Bürgerhaushalt-Projekt',
};

type Filter = { actorId?: string; recordType?: string; since?: string; until?: string; part?: Part };
type Entry = WorkbenchAuditEntryFragment & { part: string };

/** One part of the log; a part whose subgraph is down fails alone (its list is non-null, so it would null the whole log). */
async function readPart(part: Part, filter: Omit<Filter, 'part'>) {
  const include = Object.fromEntries(PART_KEYS.map((p) => [INCLUDE[p], p === part]));
  const result = await client()
    .query(
      WorkbenchAuditLogDocument,
      { ...filter, first: 50, ...include } as WorkbenchAuditLogQueryVariables,
      { requestPolicy: 'network-only' },
    )
    .toPromise();
  if (errorCode(result.error) === 'FORBIDDEN') throw new Error('Nur für Admins.');
  const entries = result.data?.auditLog?.[part];
  return entries ? entries.map((entry): Entry => ({ ...entry, part: PARTS[part] })) : null;
}

export function AuditPage() {
  const [filter, setFilter] = createSignal<Filter>({});
  const [log] = createResource(filter, async ({ part, ...current }) => {
    const wanted = part ? [part] : PART_KEYS;
    const answers = await Promise.all(wanted.map((p) => readPart(p, current)));
    return {
      entries: answers
        .flatMap((entries) => entries ?? [])
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
      unreachable: wanted.filter((_, i) => answers[i] === null).map((p) => PARTS[p]),
    };
  });

  function apply(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const next: Filter = {};
    const [actorId, recordType, since, until, part] = ['actorId', 'recordType', 'since', 'until', 'part'].map(
      value,
    );
    if (actorId) next.actorId = actorId;
    if (recordType) next.recordType = recordType;
    if (since) next.since = new Date(since).toISOString();
    if (until) next.until = new Date(until).toISOString();
    if (part && part in PARTS) next.part = part as Part;
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
          <label for="audit-part">Bereich</label>
          <select id="audit-part" name="part">
            <option value="">alle</option>
            <For each={PART_KEYS}>{(part) => <option value={part}>{PARTS[part]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="audit-type">Art des Datensatzes</label>
          <select id="audit-type" name="recordType">
            <option value="">alle</option>
            <For each={Object.entries(RECORD_TYPES)}>
              {([type, label]) => <option value={type}>{label}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="audit-since">Seit</label>
          <input id="audit-since" name="since" type="datetime-local" />
        </div>
        <div class="field">
          <label for="audit-until">Bis</label>
          <input id="audit-until" name="until" type="datetime-local" />
        </div>
        <button type="submit" class="primary">
          Filtern
        </button>
      </form>
      <Show
        when={!log.error}
        fallback={<p class="message error">{String(log.error?.message ?? log.error)}</p>}
      >
        <Show when={log()} fallback={<p role="status">Wird geladen …</p>}>
          {(current) => (
            <>
              <Show when={current().unreachable.length > 0}>
                <p class="message error" role="alert" data-testid="audit-unreachable">
                  Nicht erreichbar: {current().unreachable.join(', ')}. Die übrigen Bereiche sind vollständig.
                </p>
              </Show>
              <Show when={current().entries.length > 0} fallback={<p>Keine Einträge.</p>}>
                <ListTable testId="audit-log" columns={['Zeit', 'Bereich', 'Wer', 'Was', 'Datensatz']}>
                  <For each={current().entries}>
                    {(entry) => (
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
                          {RECORD_TYPES[entry.recordType] ?? entry.recordType} {entry.recordId}
                        </td>
                      </tr>
                    )}
                  </For>
                </ListTable>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
