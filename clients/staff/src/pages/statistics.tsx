/**
 * The queue's statistics for one location and day (queueStatistics): tickets, waiting times
 * (from when a ticket could be called to its first call) and handling times (at the counter),
 * per service and per counter; for today also what the waiting-time estimate expects each
 * service to take now (the median of recently handled tickets, or the catalogue's duration).
 */
import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { selectedLocation } from '../access.ts';
import { localToday } from '../dates.ts';
import {
  type WorkbenchDurationFragment,
  WorkbenchHandlingTimesDocument,
  WorkbenchQueueStatisticsDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { LocationPicker } from './location-picker.tsx';

const minutes = (value: number | null | undefined): string =>
  value == null ? '–' : `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} min`;

/** Median, 90th percentile and maximum of one set of times, with how many they are over. */
function Duration(props: { of: WorkbenchDurationFragment }): JSX.Element {
  return (
    <>
      <td>{minutes(props.of.medianMinutes)}</td>
      <td>{minutes(props.of.p90Minutes)}</td>
      <td>{minutes(props.of.maxMinutes)}</td>
    </>
  );
}

const DURATION_HEADS = (what: string) => (
  <>
    <th scope="col">{what}: Median</th>
    <th scope="col">{what}: 90 %</th>
    <th scope="col">{what}: längste</th>
  </>
);

export function StatisticsPage() {
  const [date, setDate] = createSignal(localToday());
  const [stats] = createResource(
    () => ({ locationId: selectedLocation(), date: date() }),
    async (variables) => {
      const result = await client()
        .query(WorkbenchQueueStatisticsDocument, variables, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error)
        throw new Error(
          errorCode(result.error) === 'BAD_USER_INPUT' ? 'Dieses Datum passt nicht.' : result.error.message,
        );
      return result.data?.queueStatistics;
    },
  );
  const [now] = createResource(
    () => (date() === localToday() ? selectedLocation() : undefined),
    async (locationId) =>
      (
        await client()
          .query(WorkbenchHandlingTimesDocument, { locationId }, { requestPolicy: 'network-only' })
          .toPromise()
      ).data?.queue,
  );

  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title" tabindex="-1">
        Statistik
      </h1>
      <div class="toolbar">
        <LocationPicker id="stats-location" />
        <div class="field">
          <label for="stats-date">Tag</label>
          <input
            id="stats-date"
            type="date"
            value={date()}
            max={localToday()}
            onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
          />
        </div>
      </div>
      <Show when={!stats.error} fallback={<p class="message error">{String(stats.error?.message)}</p>}>
        <Show when={stats()} fallback={<p role="status">Wird geladen …</p>}>
          {(s) => (
            <>
              <p data-testid="stats-summary">
                {s().tickets} Wartemarken ({s().walkIns} ohne Termin, {s().appointments} mit Termin):{' '}
                {s().served} bedient, {s().missed} verpasst, {s().cancelled} abgebrochen, {s().open} offen.
                Wartezeit im Median {minutes(s().waiting.medianMinutes)}, Bearbeitung im Median{' '}
                {minutes(s().handling.medianMinutes)}.
              </p>
              <h2>Je Dienstleistung</h2>
              <Show when={s().byService.length > 0} fallback={<p>An diesem Tag keine Wartemarken.</p>}>
                <table class="schedule" data-testid="stats-by-service">
                  <thead>
                    <tr>
                      <th scope="col">Dienstleistung</th>
                      <th scope="col">Wartemarken</th>
                      {DURATION_HEADS('Wartezeit')}
                      {DURATION_HEADS('Bearbeitung')}
                    </tr>
                  </thead>
                  <tbody>
                    <For each={s().byService}>
                      {(row) => (
                        <tr data-testid={`stats-service-${row.service.id}`}>
                          <th scope="row">{row.service.name}</th>
                          <td>{row.tickets}</td>
                          <Duration of={row.waiting} />
                          <Duration of={row.handling} />
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
              <h2>Je Schalter</h2>
              <Show when={s().byCounter.length > 0} fallback={<p>An diesem Tag niemand bedient.</p>}>
                <table class="schedule" data-testid="stats-by-counter">
                  <thead>
                    <tr>
                      <th scope="col">Schalter</th>
                      <th scope="col">Bedient</th>
                      {DURATION_HEADS('Wartezeit')}
                      {DURATION_HEADS('Bearbeitung')}
                    </tr>
                  </thead>
                  <tbody>
                    <For each={s().byCounter}>
                      {(row) => (
                        <tr data-testid={`stats-counter-${row.counter}`}>
                          <th scope="row">Schalter {row.counter}</th>
                          <td>{row.served}</td>
                          <Duration of={row.waiting} />
                          <Duration of={row.handling} />
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </>
          )}
        </Show>
      </Show>
      <Show when={now()}>
        {(queue) => (
          <section class="card" aria-labelledby="estimate-title">
            <h2 id="estimate-title">So schätzt die Warteschlange jetzt</h2>
            <p>
              Wer jetzt eine Wartemarke zieht, wartet etwa{' '}
              <strong data-testid="estimate-now">
                {queue().estimatedWaitMinutes == null
                  ? 'unbekannt lange (kein Schalter geöffnet)'
                  : `${queue().estimatedWaitMinutes} Minuten`}
              </strong>
              . Die Schätzung rechnet mit diesen Bearbeitungszeiten (Median der zuletzt bedienten Wartemarken;
              ohne solche die Dauer aus dem Katalog):
            </p>
            <table class="schedule" data-testid="handling-now">
              <thead>
                <tr>
                  <th scope="col">Dienstleistung</th>
                  <th scope="col">Erwartete Bearbeitung</th>
                  <th scope="col">Grundlage</th>
                </tr>
              </thead>
              <tbody>
                <For each={queue().handlingMinutes}>
                  {(row) => (
                    <tr data-testid={`handling-${row.service.id}`}>
                      <th scope="row">{row.service.name}</th>
                      <td>{minutes(row.minutes)}</td>
                      <td>{row.samples > 0 ? `${row.samples} bediente Wartemarken` : 'Katalog'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        )}
      </Show>
    </section>
  );
}
