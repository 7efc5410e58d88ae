/**
 * "With the code you can cancel": look an appointment up by its booking code
 * (no sign-in), see what it is, cancel it. Unknown codes and the throttle on
 * guessing them are said in words; the field keeps its value.
 */
import { createSignal, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  PortalAppointmentByCodeDocument,
  type PortalAppointmentByCodeQuery,
  PortalCancelAppointmentDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tfd } from '../i18n-front.ts';

type Found = NonNullable<PortalAppointmentByCodeQuery['appointmentByCode']>;

export function CancelByCodePage() {
  const [code, setCode] = createSignal('');
  const [found, setFound] = createSignal<Found | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const explain = (error: Parameters<typeof errorCode>[0]) => {
    const code = errorCode(error);
    if (code === 'NOT_FOUND') return tfd().notFound;
    if (code === 'RATE_LIMITED') return tfd().tooMany;
    if (code === 'CONFLICT') return tfd().cannotCancel;
    return `${t().errorPrefix} ${error?.message ?? code}`;
  };

  async function find(event: SubmitEvent) {
    event.preventDefault();
    setFound(null);
    setDone(false);
    setFailure(null);
    const value = code().trim();
    if (!value) {
      setFailure(tfd().emptyCode);
      document.getElementById('cancel-code')?.focus();
      return;
    }
    setBusy(true);
    const result = await client()
      .query(PortalAppointmentByCodeDocument, { code: value }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    const appointment = result.data?.appointmentByCode;
    if (!appointment) {
      setFailure(result.error ? explain(result.error) : tfd().notFound);
      return;
    }
    setFound(appointment);
    queueMicrotask(() => document.getElementById('found-title')?.focus());
  }

  async function cancel(appointment: Found) {
    setBusy(true);
    setFailure(null);
    const result = await client()
      .mutation(PortalCancelAppointmentDocument, { code: appointment.code })
      .toPromise();
    setBusy(false);
    const cancelled = result.data?.cancelAppointment;
    if (!cancelled) {
      setFailure(explain(result.error));
      return;
    }
    setFound({ ...appointment, status: cancelled.status });
    setDone(true);
  }

  const begun = (appointment: Found) => new Date(appointment.start).getTime() <= Date.now();

  return (
    <section aria-labelledby="cancel-title">
      <h1 id="cancel-title" tabindex="-1">
        {tfd().cancelTitle}
      </h1>
      <p>{tfd().cancelIntro}</p>
      <form class="card" onSubmit={find} novalidate>
        <label for="cancel-code">{tfd().codeLabel}</label>
        <input
          id="cancel-code"
          type="text"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value)}
          aria-invalid={failure() && !found() ? 'true' : undefined}
          aria-describedby={failure() && !found() ? 'cancel-failure' : undefined}
        />
        <button type="submit" class="primary" disabled={busy()}>
          {tfd().findButton}
        </button>
      </form>
      <Show when={failure()}>
        <p id="cancel-failure" class="message error" role="alert">
          {failure()}
        </p>
      </Show>
      <Show when={found()}>
        {(appointment) => (
          <section class="card" aria-labelledby="found-title">
            <h2 id="found-title" tabindex="-1">
              {tfd().foundTitle}
            </h2>
            <dl class="summary">
              <dt>{t().code}</dt>
              <dd>{appointment().code}</dd>
              <dt>{t().services}</dt>
              <dd>
                {appointment()
                  .services.map((s) => s.name)
                  .join(', ')}
              </dd>
              <dt>{t().place}</dt>
              <dd>
                {appointment().location.name}, {appointment().location.address}
              </dd>
              <dt>{t().time}</dt>
              <dd>{formatDateTime(appointment().start)}</dd>
              <dt>{t().status}</dt>
              <dd>{appointment().status === 'CANCELLED' ? t().statusCancelled : t().statusBooked}</dd>
            </dl>
            <Show when={done()}>
              <p class="message success" role="status">
                {tfd().cancelDone}
              </p>
            </Show>
            <Show when={!done() && appointment().status === 'CANCELLED'}>
              <p>{tfd().alreadyCancelled}</p>
            </Show>
            <Show when={appointment().status === 'BOOKED'}>
              <Show when={!begun(appointment())} fallback={<p>{tfd().alreadyBegun}</p>}>
                <button type="button" class="primary" disabled={busy()} onClick={() => cancel(appointment())}>
                  {tfd().cancelButton}
                </button>
              </Show>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}
