/**
 * "Energie": link the smart meter (number and activation code from the
 * letter), the consent to fine data in words with opt-in and withdrawal, the
 * live power, the curve of a day, week or year with its costs (uPlot, and the
 * same values as a table), and the hungry appliances.
 */
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatDate, formatDateTime, formatTime } from '../dates.ts';
import {
  PortalLinkMeterDocument,
  PortalMeterAppliancesDocument,
  PortalMeterPowerDocument,
  PortalMeterSeriesDocument,
  PortalMyMetersDocument,
  PortalSetMeterDataLevelDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { te } from '../i18n-energy.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { EnergyChart } from './energy-chart.tsx';
import './energy.css';

type Meter = {
  id: string;
  label: string | null;
  dataLevel: 'MONTHLY' | 'FINE';
  fineSince: string | null;
  lastReadingAt: string | null;
};
type Period = 'DAY' | 'WEEK' | 'YEAR';

const number = (value: number, digits = 1) =>
  value.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });

function periodOf(period: Period, now = new Date()) {
  const to = new Date(Math.ceil(now.getTime() / 900_000) * 900_000);
  const days = period === 'DAY' ? 1 : period === 'WEEK' ? 7 : 365;
  const resolution = period === 'DAY' ? 'QUARTER' : period === 'WEEK' ? 'HOUR' : 'DAY';
  return {
    from: new Date(to.getTime() - days * 86_400_000).toISOString(),
    to: to.toISOString(),
    resolution,
  } as const;
}

function LinkForm(props: { onLinked: (meter: Meter) => void }) {
  const [error, setError] = createSignal('');
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const input = {
      meterId: String(data.get('meterId') ?? '').trim(),
      activationCode: String(data.get('activationCode') ?? '').trim(),
      label: String(data.get('label') ?? '').trim() || null,
    };
    const result = await client().mutation(PortalLinkMeterDocument, { input }).toPromise();
    if (result.data?.linkMeter) return props.onLinked(result.data.linkMeter);
    const code = errorCode(result.error);
    setError(code === 'CONFLICT' ? te().linkTaken : code === 'FORBIDDEN' ? te().linkLocked : te().linkFailed);
  }
  return (
    <form class="card" onSubmit={submit} aria-labelledby="link-title" novalidate>
      <h2 id="link-title">{te().linkTitle}</h2>
      <p>{te().linkIntro}</p>
      <label for="meter-id">{te().meterId}</label>
      <input
        id="meter-id"
        name="meterId"
        required
        autocomplete="off"
        aria-describedby={error() ? 'link-error' : undefined}
      />
      <label for="activation-code">{te().activationCode}</label>
      <input id="activation-code" name="activationCode" required autocomplete="off" />
      <label for="meter-label">{te().label}</label>
      <input id="meter-label" name="label" maxlength="80" />
      <Show when={error()}>
        <p id="link-error" class="error" role="alert">
          {error()}
        </p>
      </Show>
      <button type="submit">{te().linkButton}</button>
    </form>
  );
}

function Consent(props: { meter: Meter; onChanged: (meter: Meter) => void }) {
  const [note, setNote] = createSignal('');
  async function change(level: 'MONTHLY' | 'FINE') {
    const result = await client()
      .mutation(PortalSetMeterDataLevelDocument, { meterId: props.meter.id, level })
      .toPromise();
    if (!result.data) return setNote(te().failed);
    setNote(level === 'MONTHLY' ? te().withdrawn : '');
    props.onChanged(result.data.setMeterDataLevel);
  }
  return (
    <section class="card" aria-labelledby="consent-title">
      <h2 id="consent-title">{te().consentTitle}</h2>
      <Show
        when={props.meter.dataLevel === 'FINE'}
        fallback={
          <>
            <p>{te().monthlyOnly}</p>
            <p class="hint">{te().optInNote}</p>
            <button type="button" onClick={() => change('FINE')}>
              {te().optIn}
            </button>
          </>
        }
      >
        <p>{te().fineOn(formatDate(props.meter.fineSince ?? new Date().toISOString()))}</p>
        <button type="button" class="secondary" onClick={() => change('MONTHLY')}>
          {te().withdraw}
        </button>
      </Show>
      <p role="status">{note()}</p>
    </section>
  );
}

function LivePower(props: { meterId: string }) {
  const [power, setPower] = createSignal<{ watts: number; at: string } | null>(null);
  createEffect(() => {
    const subscription = client()
      .subscription(PortalMeterPowerDocument, { meterId: props.meterId })
      .subscribe((result) => {
        if (result.data) setPower(result.data.meterPower);
      });
    onCleanup(() => subscription.unsubscribe());
  });
  return (
    <section class="card" aria-labelledby="live-title">
      <h2 id="live-title">{te().liveTitle}</h2>
      <Show when={power()} fallback={<p>{te().liveWaiting}</p>}>
        {(value) => (
          <>
            <meter
              class="live-gauge"
              min="0"
              max="11000"
              low="2000"
              high="6000"
              value={value().watts}
              aria-label={te().liveGaugeLabel}
            />
            <p class="live-value" aria-live="polite">
              {te().liveValue(number(value().watts, 0), formatTime(value().at))}
            </p>
          </>
        )}
      </Show>
    </section>
  );
}

function Curve(props: { meterId: string }) {
  const [period, setPeriod] = createSignal<Period>('DAY');
  const [series] = createResource(period, async (p) => {
    const { from, to, resolution } = periodOf(p);
    const result = await client()
      .query(
        PortalMeterSeriesDocument,
        { id: props.meterId, resolution, from, to },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    return result.data?.meter?.series ?? null;
  });
  const periodName = () => ({ DAY: te().periodDay, WEEK: te().periodWeek, YEAR: te().periodYear })[period()];
  const x = () => (series()?.starts ?? []).map((s) => Date.parse(s) / 1000);
  return (
    <section class="card" aria-labelledby="curve-title">
      <h2 id="curve-title">{te().curveTitle}</h2>
      <fieldset class="periods">
        <legend>{te().periodLabel}</legend>
        <For each={['DAY', 'WEEK', 'YEAR'] as Period[]}>
          {(p) => (
            <label>
              <input
                type="radio"
                name="period"
                value={p}
                checked={period() === p}
                onChange={() => setPeriod(p)}
              />
              {{ DAY: te().periodDay, WEEK: te().periodWeek, YEAR: te().periodYear }[p]}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={!series.loading} fallback={<p>{te().loading}</p>}>
        <Show when={(series()?.starts.length ?? 0) > 0} fallback={<p>{te().noData}</p>}>
          <EnergyChart
            label={te().curveChartLabel(periodName())}
            x={x()}
            y={series()?.importKwh ?? []}
            unit="kWh"
          />
          <Show when={series()?.costCents}>
            {(cents) => (
              <EnergyChart
                label={te().costChartLabel}
                x={x()}
                y={cents().map((c) => c / 100)}
                unit="€"
                bars
              />
            )}
          </Show>
          <details>
            <summary>{te().tableSummary}</summary>
            <table class="energy-table">
              <caption>{te().curveChartLabel(periodName())}</caption>
              <thead>
                <tr>
                  <th scope="col">{te().colTime}</th>
                  <th scope="col">{te().colKwh}</th>
                  <th scope="col">{te().colEstimated}</th>
                  <th scope="col">{te().colCost}</th>
                </tr>
              </thead>
              <tbody>
                <For each={series()?.starts ?? []}>
                  {(start, i) => (
                    <tr>
                      <th scope="row">{period() === 'YEAR' ? formatDate(start) : formatDateTime(start)}</th>
                      <td>{number(series()?.importKwh[i()] ?? 0, 3)}</td>
                      <td>{number(series()?.estimatedKwh[i()] ?? 0, 3)}</td>
                      <td>
                        {series()?.costCents ? number((series()?.costCents?.[i()] ?? 0) / 100, 2) : '–'}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </details>
          <Costs costs={series()?.costs ?? null} />
        </Show>
      </Show>
    </section>
  );
}

function Costs(props: {
  costs: {
    energyEur: number;
    monthlyFeeEur: number;
    feedInEur: number;
    totalEur: number;
    effectiveCtPerKwh?: number | null;
  } | null;
}) {
  return (
    <Show when={props.costs} fallback={<p>{te().noTariff}</p>}>
      {(c) => (
        <>
          <h3>{te().costsTitle}</h3>
          <dl class="costs">
            <dt>{te().energyCost}</dt>
            <dd>{number(c().energyEur, 2)} €</dd>
            <dt>{te().monthlyFee}</dt>
            <dd>{number(c().monthlyFeeEur, 2)} €</dd>
            <dt>{te().feedIn}</dt>
            <dd>−{number(c().feedInEur, 2)} €</dd>
            <dt>{te().total}</dt>
            <dd>{number(c().totalEur, 2)} €</dd>
          </dl>
          <Show when={c().effectiveCtPerKwh != null}>
            <p>{te().effective(number(c().effectiveCtPerKwh ?? 0, 1))}</p>
          </Show>
        </>
      )}
    </Show>
  );
}

function Appliances(props: { meterId: string }) {
  const [report] = createResource(async () => {
    const { from, to } = periodOf('DAY');
    const result = await client()
      .query(PortalMeterAppliancesDocument, { id: props.meterId, from, to })
      .toPromise();
    return result.data?.meter?.appliances ?? null;
  });
  return (
    <section class="card" aria-labelledby="appliances-title">
      <h2 id="appliances-title">{te().appliancesTitle}</h2>
      <Show when={report()} fallback={<p>{te().loading}</p>}>
        {(r) => (
          <>
            <p>
              {r().source === 'POWER_SAMPLES'
                ? te().appliancesIntro
                : r().source === 'QUARTER_HOURS'
                  ? te().appliancesCoarse
                  : te().appliancesNone}
            </p>
            <Show when={r().baseLoadW != null}>
              <p>{te().baseLoad(number(r().baseLoadW ?? 0, 0), number(r().baseLoadKwhPerMonth ?? 0, 0))}</p>
            </Show>
            <Show when={r().signatures.length > 0}>
              <table class="energy-table">
                <caption>{te().appliancesTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{te().colAppliance}</th>
                    <th scope="col">{te().colPower}</th>
                    <th scope="col">{te().colRuns}</th>
                    <th scope="col">{te().colMinutes}</th>
                    <th scope="col">{te().colMonthKwh}</th>
                    <th scope="col">{te().colMonthEur}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().signatures}>
                    {(s) => (
                      <tr>
                        <th scope="row">{te().kind[s.kind]}</th>
                        <td>{number(s.powerW, 0)}</td>
                        <td>{s.activations}</td>
                        <td>{number(s.medianMinutes, 0)}</td>
                        <td>{number(s.kwhPerMonth, 1)}</td>
                        <td>{number(s.eurPerMonth, 2)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <p>{te().untracked(number(r().untrackedKwh, 1))}</p>
          </>
        )}
      </Show>
    </section>
  );
}

export function EnergyPage() {
  const [meters, { mutate }] = createResource(
    () => session()?.token,
    async () =>
      (await client().query(PortalMyMetersDocument, {}, { requestPolicy: 'network-only' }).toPromise()).data
        ?.myMeters ?? [],
  );
  const replace = (meter: Meter) =>
    mutate((list) => [meter, ...(list ?? []).filter((m) => m.id !== meter.id)]);
  return (
    <section aria-labelledby="energy-title">
      <h1 id="energy-title">{te().energyTitle}</h1>
      <p>{te().energyIntro}</p>
      <Show
        when={session()}
        fallback={
          <p>
            {te().needSignIn}{' '}
            <button type="button" onClick={() => signInThenReturn('energy')}>
              {te().signIn}
            </button>
          </p>
        }
      >
        <Show when={!meters.loading} fallback={<p>{te().loading}</p>}>
          <Show when={meters()?.[0]} fallback={<LinkForm onLinked={replace} />}>
            {(meter) => (
              <>
                <p class="meter-name">
                  {meter().label ? `${meter().label} · ` : ''}
                  {te().meterId} {meter().id}
                </p>
                <Consent meter={meter()} onChanged={replace} />
                <Show when={meter().dataLevel === 'FINE'}>
                  <LivePower meterId={meter().id} />
                  <Curve meterId={meter().id} />
                  <Appliances meterId={meter().id} />
                </Show>
              </>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
