/**
 * The signed-in person's appointments, soonest first, each with its status in
 * words (not colour alone) and, while booked, a cancel button that asks once
 * more inline before it cancels.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import { PortalCancelAppointmentDocument, PortalMyAppointmentsDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';

export function MyAppointmentsPage() {
  const [appointments, { refetch }] = createResource(
    () => (session() ? client() : false),
    async (current) => {
      const result = await current
        .query(PortalMyAppointmentsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.me?.appointments ?? [];
    },
  );
  const [asking, setAsking] = createSignal<string | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const [failure, setFailure] = createSignal('');

  async function cancel(code: string, when: string) {
    setFailure('');
    const result = await client().mutation(PortalCancelAppointmentDocument, { code }).toPromise();
    setAsking(null);
    if (result.error) {
      setFailure(`${t().errorPrefix} ${result.error.message}`);
      return;
    }
    setAnnouncement(t().cancelled(when));
    await refetch();
    document.getElementById('mine-title')?.focus();
  }

  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title" tabindex="-1">
        {t().mineTitle}
      </h1>
      <p role="status" class={announcement() ? 'message success' : 'visually-hidden'}>
        {announcement()}
      </p>
      <Show when={failure()}>
        <p class="message error" role="alert">
          {failure()}
        </p>
      </Show>
      <Show
        when={session()}
        fallback={
          <>
            <p>{t().mineNeedSignIn}</p>
            <button type="button" class="primary" onClick={() => signInThenReturn('mine')}>
              {t().navSignIn}
            </button>
          </>
        }
      >
        <Show when={appointments.error}>
          <p class="message error" role="alert">
            {t().errorPrefix} {String(appointments.error?.message ?? appointments.error)}
          </p>
        </Show>
        <Show when={appointments.latest} fallback={<p role="status">{t().loading}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t().mineEmpty}</p>}>
              <ul class="appointments">
                <For each={list()}>
                  {(appointment) => {
                    const when = () => formatDateTime(appointment.start);
                    const cancelled = appointment.status === 'CANCELLED';
                    return (
                      <li class={`card appointment ${cancelled ? 'cancelled' : ''}`}>
                        <h2>{when()}</h2>
                        <dl class="summary">
                          <dt>{t().status}</dt>
                          <dd>
                            <span class={`status ${cancelled ? 'status-cancelled' : 'status-booked'}`}>
                              {cancelled ? `✕ ${t().statusCancelled}` : `✓ ${t().statusBooked}`}
                            </span>
                          </dd>
                          <dt>{t().services}</dt>
                          <dd>{appointment.services.map((s) => s.name).join(', ')}</dd>
                          <dt>{t().place}</dt>
                          <dd>
                            {appointment.location.name}, {appointment.location.address}
                          </dd>
                          <dt>{t().code}</dt>
                          <dd>
                            <span class="code">{appointment.code}</span>
                          </dd>
                        </dl>
                        <Show when={!cancelled}>
                          <Show
                            when={asking() === appointment.code}
                            fallback={
                              <button
                                type="button"
                                aria-label={t().cancelLabel(when())}
                                onClick={() => setAsking(appointment.code)}
                              >
                                {t().cancel}
                              </button>
                            }
                          >
                            <div class="confirm">
                              <p>{t().cancelConfirm(when())}</p>
                              <button
                                type="button"
                                class="danger"
                                ref={(el) => queueMicrotask(() => el.focus())}
                                onClick={() => cancel(appointment.code, when())}
                              >
                                {t().confirmCancel}
                              </button>
                              <button type="button" onClick={() => setAsking(null)}>
                                {t().keep}
                              </button>
                            </div>
                          </Show>
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
