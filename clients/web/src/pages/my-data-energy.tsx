/**
 * "Meine Daten", the energy part: the linked meters, what is stored about
 * them (the consent in words) and the last twelve months as bars, with the
 * same values as a table. Monthly totals are kept for every meter, so this
 * shows without the opt-in to fine values. The energy page changes consent.
 */
import { createResource, For, Show } from 'solid-js';
import { formatDate, formatDateTime, fromTownWallClock, townWallClock } from '../dates.ts';
import { PortalMeterSeriesDocument, PortalMyMetersDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { te } from '../i18n-energy.ts';
import { EnergyChart } from './energy-chart.tsx';
import './energy.css';

type Meter = {
  id: string;
  label: string | null;
  dataLevel: 'MONTHLY' | 'FINE';
  fineSince: string | null;
  lastReadingAt: string | null;
};

/** The starts (midnight in Kaarst) of this month and the eleven before it, oldest first. */
export function lastTwelveMonths(now = new Date()): string[] {
  const [year, month] = townWallClock(now).split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const first = new Date(Date.UTC(year, month - 1 - 11 + i, 1));
    return fromTownWallClock(
      `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-01T00:00`,
    );
  });
}

const shortMonth = (seconds: number) =>
  new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Berlin', month: 'short' }).format(
    new Date(seconds * 1000),
  );
const monthName = (iso: string) =>
  new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Berlin', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
const number = (value: number, digits: number) =>
  value.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });

function MeterMonths(props: { meter: Meter }) {
  const months = lastTwelveMonths();
  const monthSeconds = months.map((m) => Date.parse(m) / 1000);
  const [series] = createResource(
    () => props.meter.id,
    async (id) => {
      const to = new Date(Math.ceil(Date.now() / 900_000) * 900_000).toISOString();
      const result = await client()
        .query(
          PortalMeterSeriesDocument,
          { id, resolution: 'MONTH', from: months[0] as string, to },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      return result.data?.meter?.series ?? null;
    },
  );
  const headingId = `my-meter-${props.meter.id}`;
  return (
    <article class="my-meter" aria-labelledby={headingId}>
      <h3 id={headingId}>{te().myDataMeter(props.meter.id, props.meter.label)}</h3>
      <p>
        {props.meter.dataLevel === 'FINE'
          ? te().myDataFine(formatDate(props.meter.fineSince ?? new Date().toISOString()))
          : te().myDataMonthly}
      </p>
      <p class="hint">
        {props.meter.lastReadingAt
          ? te().myDataLastReading(formatDateTime(props.meter.lastReadingAt))
          : te().myDataNoReading}
      </p>
      <Show when={!series.loading} fallback={<p>{te().loading}</p>}>
        <Show when={(series()?.starts.length ?? 0) > 0} fallback={<p>{te().noData}</p>}>
          <EnergyChart
            label={te().myDataChart}
            x={monthSeconds}
            y={monthSeconds.map((m) => {
              const at = (series()?.starts ?? []).findIndex((s) => Date.parse(s) / 1000 === m);
              return at < 0 ? null : (series()?.importKwh[at] ?? null);
            })}
            unit="kWh"
            bars
            ticks={{ at: monthSeconds, label: shortMonth }}
          />
          <p>
            {te().myDataTotal(
              number(
                (series()?.importKwh ?? []).reduce((a, b) => a + b, 0),
                1,
              ),
            )}
          </p>
          <details>
            <summary>{te().tableSummary}</summary>
            <table class="energy-table">
              <caption>{te().myDataChart}</caption>
              <thead>
                <tr>
                  <th scope="col">{te().colMonth}</th>
                  <th scope="col">{te().colKwh}</th>
                  <Show when={series()?.costCents}>
                    <th scope="col">{te().colMonthCost}</th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For each={series()?.starts ?? []}>
                  {(start, i) => (
                    <tr>
                      <th scope="row">{monthName(start)}</th>
                      <td>{number(series()?.importKwh[i()] ?? 0, 1)}</td>
                      <Show when={series()?.costCents}>
                        {(cents) => <td>{number((cents()[i()] ?? 0) / 100, 2)}</td>}
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </details>
        </Show>
      </Show>
    </article>
  );
}

export function MyEnergySection() {
  const [meters] = createResource(async () => {
    const result = await client()
      .query(PortalMyMetersDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    // A hub without the energy service: no section, rather than a wrong "no meter".
    return result.data ? (result.data.myMeters as Meter[]) : null;
  });
  return (
    <Show when={meters.loading || meters()}>
      <section class="card" aria-labelledby="my-energy-title">
        <h2 id="my-energy-title">{te().myDataTitle}</h2>
        <Show when={!meters.loading} fallback={<p>{te().loading}</p>}>
          <Show
            when={(meters() ?? []).length > 0}
            fallback={
              <p>
                {te().myDataNone} <a href="#/energie">{te().myDataLink}</a>
              </p>
            }
          >
            <For each={meters()}>{(meter) => <MeterMonths meter={meter} />}</For>
            <p>
              <a href="#/energie">{te().myDataManage}</a>
            </p>
          </Show>
        </Show>
      </section>
    </Show>
  );
}
