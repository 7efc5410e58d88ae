/**
 * Kita-Vergabe: staff compute an allocation run (a proposal: places are held, families see
 * nothing yet) and may withdraw it; a provider's coordinator sees its own Kitas' part (the
 * child's first name and age group, the wish's rank, the criteria met and the points, the
 * proposed outcome with its reason) and confirms it. The last confirmation releases the run and
 * the families see their offers live. Staff see the numbers and no child (the graph's rule).
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { me } from '../access.ts';
import { formatDateTime } from '../dates.ts';
import {
  type KitaAgeGroup,
  type KitaAllocationRunStatus,
  type KitaWishStatus,
  WorkbenchCancelKitaAllocationDocument,
  WorkbenchConfirmKitaAllocationDocument,
  type WorkbenchKitaRunFragment,
  WorkbenchKitaRunsDocument,
  WorkbenchRunKitaAllocationDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { LoadedList } from './loaded-list.tsx';

export const AGE_GROUP: Record<KitaAgeGroup, string> = { U3: 'unter 3 Jahre', UE3: 'ab 3 Jahre' };
const RUN_STATUS: Record<KitaAllocationRunStatus, string> = {
  PROPOSED: 'Vorschlag, wartet auf die Bestätigung der Träger',
  RELEASED: 'freigegeben, die Familien sind benachrichtigt',
  CANCELLED: 'zurückgezogen',
};
const OUTCOME: Partial<Record<KitaWishStatus, string>> = {
  OFFERED: 'Platz',
  WAITLISTED: 'Warteliste',
  NOT_NEEDED: 'nicht nötig (ein höherer Wunsch erfüllt)',
};
const ERRORS: Record<string, string> = {
  CONFLICT: 'Das geht in diesem Zustand nicht (mehr), z. B. weil schon ein Vorschlag wartet.',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Diese Vergabe gibt es nicht (mehr).',
};
const failure = (error: Parameters<typeof errorCode>[0]) =>
  `Nicht möglich: ${ERRORS[errorCode(error) ?? ''] ?? error?.message ?? 'Unbekannter Fehler'}`;

type Run = WorkbenchKitaRunFragment;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
type Proposal = Run['proposals'][number];

function criteriaText(p: Proposal): string {
  const labels = p.application.criteriaMet.map(
    (code) => p.application.kita.criteria.find((c) => c.code === code)?.label ?? code,
  );
  return `${p.application.points} Punkte${labels.length ? ` (${labels.join(', ')})` : ''}`;
}

function ProposalTable(props: { run: Run }) {
  return (
    <table class="schedule" data-testid="kita-proposals">
      <caption>Vorschlag für Ihre Kitas</caption>
      <thead>
        <tr>
          <th scope="col">Kita</th>
          <th scope="col">Kind</th>
          <th scope="col">Altersgruppe</th>
          <th scope="col">Wunsch Nr.</th>
          <th scope="col">Kriterien</th>
          <th scope="col">Vorschlag</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.run.proposals}>
          {(p) => (
            <tr>
              <td>{p.application.kita.name}</td>
              <td>{p.application.child.firstName}</td>
              <td>{AGE_GROUP[p.application.ageGroup]}</td>
              <td>{p.application.rank}</td>
              <td>{criteriaText(p)}</td>
              <td>
                {OUTCOME[p.status] ?? p.status}
                <Show when={p.reason}>
                  <span class="block">{p.reason}</span>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function RunCard(props: { run: Run; coordinator: boolean; staff: boolean; onAct: (run: Run) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const open = () => props.run.confirmations.filter((c) => !c.confirmed).map((c) => c.provider.name);
  async function act(kind: 'confirm' | 'cancel') {
    setBusy(true);
    const runId = props.run.id;
    const result =
      kind === 'confirm'
        ? await client().mutation(WorkbenchConfirmKitaAllocationDocument, { runId }).toPromise()
        : await client().mutation(WorkbenchCancelKitaAllocationDocument, { runId }).toPromise();
    setBusy(false);
    const run =
      result.data &&
      ('confirmKitaAllocation' in result.data
        ? result.data.confirmKitaAllocation
        : result.data.cancelKitaAllocation);
    if (!run) return setError(failure(result.error));
    setError('');
    props.onAct(run);
  }
  return (
    <article class="card" data-testid="kita-run" aria-labelledby={`run-${props.run.id}`}>
      <h2 id={`run-${props.run.id}`}>Vergabe vom {formatDateTime(props.run.createdAt)}</h2>
      <p data-testid="kita-run-status">
        Stand: {RUN_STATUS[props.run.status]}
        {props.run.endedAt ? ` (${formatDateTime(props.run.endedAt)})` : ''}
      </p>
      <p>
        {count(props.run.children, 'Kind', 'Kinder')} · {count(props.run.offered, 'Platz', 'Plätze')}{' '}
        vorgeschlagen · {props.run.waitlisted} auf der Warteliste · {props.run.unplaced} ohne Platz
        <Show when={props.run.status === 'PROPOSED'}>
          {' '}
          · ohne Bestätigung freigegeben am {formatDateTime(props.run.confirmBy)}
        </Show>
      </p>
      <ul>
        <For each={props.run.confirmations}>
          {(c) => (
            <li>
              {c.provider.name}:{' '}
              {c.confirmedAt
                ? `bestätigt am ${formatDateTime(c.confirmedAt)}`
                : c.confirmed
                  ? 'bestätigt'
                  : 'noch offen'}
            </li>
          )}
        </For>
      </ul>
      <Show when={props.coordinator && props.run.proposals.length > 0}>
        <ProposalTable run={props.run} />
      </Show>
      <Show when={props.run.status === 'PROPOSED'}>
        <div class="actions">
          <Show when={props.coordinator && open().length > 0}>
            <button type="button" class="primary" disabled={busy()} onClick={() => act('confirm')}>
              Vorschlag für {open().join(', ')} bestätigen
            </button>
          </Show>
          <Show when={props.staff}>
            <button type="button" disabled={busy()} onClick={() => act('cancel')}>
              Vorschlag zurückziehen
            </button>
          </Show>
        </div>
      </Show>
      <p role="alert" class={error() ? 'message error' : undefined}>
        {error()}
      </p>
    </article>
  );
}

export function KitaAllocationPage() {
  const [message, setMessage] = createSignal('');
  const roles = () => me()?.roles ?? [];
  const staff = () => roles().includes('STAFF') || roles().includes('ADMIN');
  const coordinator = () => roles().includes('PARTNER');
  const [runs, { mutate, refetch }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchKitaRunsDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(failure(result.error));
    return result.data?.kitaAllocationRuns ?? [];
  });
  const replace = (run: Run) => mutate((list) => (list ?? []).map((r) => (r.id === run.id ? run : r)));

  async function propose() {
    const result = await client().mutation(WorkbenchRunKitaAllocationDocument, {}).toPromise();
    const run = result.data?.runKitaAllocation.run;
    if (!run) return setMessage(failure(result.error));
    setMessage(
      `Vorschlag berechnet: ${count(run.offered, 'Platz', 'Plätze')} für ${count(run.children, 'Kind', 'Kinder')}. Die Träger bestätigen ihn jetzt.`,
    );
    await refetch();
  }

  return (
    <section aria-labelledby="kita-allocation-title">
      <h1 id="kita-allocation-title" tabindex="-1">
        Kita-Vergabe
      </h1>
      <p>
        Die Vergabe ist zuerst ein Vorschlag: Die Plätze sind vorgemerkt, die Familien erfahren noch nichts.
        Jeder Träger prüft und bestätigt seinen Teil; nach der letzten Bestätigung (oder zur Frist) gehen die
        Angebote an die Familien.
      </p>
      <Show when={staff()}>
        <button type="button" class="primary" onClick={propose}>
          Vergabe jetzt berechnen
        </button>
      </Show>
      {/* The live region stays; its box shows only with a message. */}
      <p role="status" class={message() ? 'message' : undefined} data-testid="kita-message">
        {message()}
      </p>
      <LoadedList list={runs} empty="Noch keine Vergabe.">
        {(list) => (
          <For each={list()}>
            {(run) => (
              <RunCard
                run={run}
                coordinator={coordinator()}
                staff={staff()}
                onAct={(changed) => {
                  replace(changed);
                  setMessage(
                    changed.status === 'RELEASED'
                      ? 'Bestätigt: Die Vergabe ist freigegeben, die Familien sehen ihre Angebote.'
                      : changed.status === 'CANCELLED'
                        ? 'Der Vorschlag ist zurückgezogen; die Plätze sind wieder frei.'
                        : 'Bestätigt. Die Vergabe wartet noch auf andere Träger.',
                  );
                }}
              />
            )}
          </For>
        )}
      </LoadedList>
    </section>
  );
}
