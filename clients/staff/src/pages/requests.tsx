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
  WorkbenchRequestQueueDocument,
  type WorkbenchRequestRowFragment,
  WorkbenchRequestSubmittedDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { explain, OPEN, RequestDetail, STATUS } from './request-detail.tsx';

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
