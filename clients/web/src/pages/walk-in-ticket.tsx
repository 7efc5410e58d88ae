/**
 * A walk-in ticket followed live (#/wartemarke/<code>, the link printed on it; or #/wartemarke
 * to type the code): "2 vor Ihnen, etwa 12 Minuten", then the call with its counter. The
 * estimate is the appointments subgraph's, from the live handling times per service. Live
 * through queueTicketChanged; no sign-in (the code is the key), and never anyone else's ticket.
 */
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import {
  PortalWalkInTicketChangedDocument,
  PortalWalkInTicketDocument,
  type PortalWalkInTicketViewFragment,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { tq } from '../i18n-ticket.ts';
import { routeId, ticketHref } from '../router.ts';

function state(ticket: PortalWalkInTicketViewFragment): string {
  const t = tq();
  switch (ticket.status) {
    case 'WAITING':
      return [
        ticket.ahead == null ? '' : t.ahead(ticket.ahead),
        ticket.estimatedWaitMinutes == null ? '' : t.minutes(ticket.estimatedWaitMinutes),
      ]
        .filter(Boolean)
        .join(', ');
    case 'CALLED':
      return t.called(ticket.counter, ticket.callCount);
    case 'SERVING':
      return t.serving(ticket.counter);
    case 'PARKED':
      return t.parked;
    case 'MISSED':
      return t.missed;
    case 'DONE':
      return t.done;
    default:
      return t.cancelled;
  }
}

export function WalkInTicketPage() {
  const [ticket, setTicket] = createSignal<PortalWalkInTicketViewFragment | undefined>();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [typed, setTyped] = createSignal('');

  createEffect(
    on(routeId, (code) => {
      setTicket(undefined);
      setFailure(null);
      if (!code) return;
      setTyped(code);
      void client()
        .query(PortalWalkInTicketDocument, { code }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const found = result.data?.queueTicketByCode;
          if (found) setTicket((now) => now ?? found);
          else
            setFailure(
              errorCode(result.error) === 'RATE_LIMITED'
                ? tq().tooMany
                : result.error && errorCode(result.error) !== 'NOT_FOUND'
                  ? `${tq().errorPrefix} ${result.error.message}`
                  : tq().notFound,
            );
        });
      const live = client()
        .subscription(PortalWalkInTicketChangedDocument, { code })
        .subscribe((result) => {
          const next = result.data?.queueTicketChanged;
          if (next) setTicket(next);
        });
      onCleanup(() => live.unsubscribe());
    }),
  );

  function follow(event: SubmitEvent) {
    event.preventDefault();
    const code = typed().trim();
    if (!code) {
      setFailure(tq().emptyCode);
      document.getElementById('ticket-code')?.focus();
      return;
    }
    window.location.hash = ticketHref(code);
  }

  return (
    <section aria-labelledby="ticket-title">
      <h1 id="ticket-title" tabindex="-1">
        {tq().ticketTitle}
      </h1>
      <Show
        when={ticket()}
        fallback={
          <>
            <p>{tq().ticketIntro}</p>
            <form class="card" onSubmit={follow} novalidate>
              <label for="ticket-code">{tq().codeLabel}</label>
              <input
                id="ticket-code"
                type="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                value={typed()}
                onInput={(e) => setTyped(e.currentTarget.value)}
                aria-invalid={failure() ? 'true' : undefined}
                aria-describedby={failure() ? 'ticket-failure' : undefined}
              />
              <button type="submit" class="primary">
                {tq().followButton}
              </button>
            </form>
            <Show when={failure()}>
              <p id="ticket-failure" class="message error" role="alert">
                {failure()}
              </p>
            </Show>
          </>
        }
      >
        {(current) => (
          <section class="card" aria-labelledby="ticket-label">
            <h2 id="ticket-label">
              {tq().label} <span class="ticket-label">{current().label}</span>
            </h2>
            <p
              class={current().status === 'CALLED' ? 'message success ticket-state' : 'ticket-state'}
              role="status"
              aria-live={current().status === 'CALLED' ? 'assertive' : 'polite'}
              data-testid="ticket-state"
            >
              {state(current()) || tq().noEstimate}
            </p>
            <dl class="summary">
              <dt>{tq().place}</dt>
              <dd>{current().location.name}</dd>
              <dt>{tq().services}</dt>
              <dd>
                {current()
                  .services.map((s) => s.name)
                  .join(', ')}
              </dd>
            </dl>
            <p>{tq().live}</p>
          </section>
        )}
      </Show>
    </section>
  );
}
