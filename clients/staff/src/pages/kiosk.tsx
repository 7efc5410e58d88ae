/**
 * The ticket kiosk at the office's entrance (#/kiosk), signed in with a kiosk account (or by
 * Bürgerbüro staff): choose the services, draw a walk-in ticket, and get it large and
 * printable with its label, the estimate, and the code to follow it live in the portal
 * (#/wartemarke/<code>). No name is asked for or shown. Each press of the button has its own
 * idempotency key, so a double press gives the same ticket.
 */
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { selectedLocation } from '../access.ts';
import { formatTime } from '../dates.ts';
import {
  WorkbenchKioskDocument,
  WorkbenchKioskDrawDocument,
  type WorkbenchKioskDrawMutation,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { LocationPicker } from './location-picker.tsx';

type Ticket = WorkbenchKioskDrawMutation['drawQueueTicket'];

const ERRORS: Record<string, string> = {
  CONFLICT: 'Zurzeit werden keine Wartemarken ausgegeben. Bitte wenden Sie sich an den Empfang.',
  FORBIDDEN: 'Dieses Gerät darf keine Wartemarken ausgeben.',
  BAD_USER_INPUT: 'Bitte wählen Sie höchstens fünf Anliegen.',
};

/** Where the citizen follows the ticket: the portal's ticket page on this hub. */
export const followUrl = (code: string) =>
  new URL(`/#/wartemarke/${encodeURIComponent(code)}`, window.location.href).toString();

export function waitText(ticket: { ahead?: number | null; estimatedWaitMinutes?: number | null }): string {
  const ahead =
    ticket.ahead == null
      ? ''
      : ticket.ahead === 0
        ? 'Sie sind als Nächstes dran'
        : `${ticket.ahead} vor Ihnen`;
  const minutes = ticket.estimatedWaitMinutes == null ? '' : `etwa ${ticket.estimatedWaitMinutes} Minuten`;
  return [ahead, minutes].filter(Boolean).join(', ');
}

export function KioskPage() {
  const [ticket, setTicket] = createSignal<Ticket | undefined>();
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let pressKey = crypto.randomUUID();
  const [kiosk, { refetch }] = createResource(selectedLocation, async (locationId) => {
    const result = await client()
      .query(WorkbenchKioskDocument, { locationId }, { requestPolicy: 'network-only' })
      .toPromise();
    return result.data;
  });
  let back: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(back));

  function done() {
    clearTimeout(back);
    setTicket(undefined);
    setMessage('');
    void refetch();
    queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus());
  }

  async function draw(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const serviceIds = new FormData(form).getAll('service').map(String);
    if (serviceIds.length === 0) return setMessage('Bitte wählen Sie mindestens ein Anliegen.');
    setBusy(true);
    const result = await client()
      .mutation(WorkbenchKioskDrawDocument, {
        input: { locationId: selectedLocation(), serviceIds, idempotencyKey: pressKey },
      })
      .toPromise();
    setBusy(false);
    if (result.error)
      return setMessage(ERRORS[errorCode(result.error) ?? ''] ?? `Nicht möglich: ${result.error.message}`);
    pressKey = crypto.randomUUID();
    form.reset();
    setMessage('');
    setTicket(result.data?.drawQueueTicket);
    queueMicrotask(() => document.getElementById('kiosk-ticket-title')?.focus());
    // The next person: back to the choice after two minutes.
    back = setTimeout(done, 120_000);
  }

  return (
    <section aria-labelledby="kiosk-title" class="kiosk">
      <h1 id="kiosk-title" tabindex="-1">
        Wartemarke ziehen
        {kiosk()?.callDisplay.location.name ? ` · ${kiosk()?.callDisplay.location.name}` : ''}
      </h1>
      <Show
        when={ticket()}
        fallback={
          <>
            <details class="kiosk-setup">
              <summary>Einstellungen des Geräts</summary>
              <LocationPicker id="kiosk-location" />
            </details>
            <Show when={kiosk()} fallback={<p role="status">Wird geladen …</p>}>
              {(k) => (
                <Show
                  when={k().callDisplay.walkInsOpen}
                  fallback={
                    <p class="message" data-testid="kiosk-closed">
                      Zurzeit werden keine Wartemarken ausgegeben. Bitte wenden Sie sich an den Empfang.
                    </p>
                  }
                >
                  <p data-testid="kiosk-wait">
                    Zurzeit warten {k().callDisplay.waiting}{' '}
                    {k().callDisplay.waiting === 1 ? 'Person' : 'Personen'}
                    {k().callDisplay.estimatedWaitMinutes == null
                      ? '.'
                      : `, Wartezeit etwa ${k().callDisplay.estimatedWaitMinutes} Minuten.`}
                  </p>
                  <form onSubmit={draw}>
                    <fieldset class="kiosk-services">
                      <legend>Ihr Anliegen (eines oder mehrere)</legend>
                      <For each={k().appointmentServices}>
                        {(service) => (
                          <label class="kiosk-choice">
                            <input type="checkbox" name="service" value={service.id} />
                            <span>{service.name}</span>
                          </label>
                        )}
                      </For>
                    </fieldset>
                    <p role="status" class="message" data-testid="kiosk-message">
                      {message()}
                    </p>
                    <button type="submit" class="primary kiosk-button" disabled={busy()}>
                      Wartemarke ziehen
                    </button>
                  </form>
                </Show>
              )}
            </Show>
          </>
        }
      >
        {(t) => (
          <div class="kiosk-ticket" data-testid="kiosk-ticket">
            <h2 id="kiosk-ticket-title" tabindex="-1">
              Ihre Wartemarke
            </h2>
            <p class="kiosk-label" data-testid="kiosk-label">
              {t().label}
            </p>
            <p>
              {t()
                .services.map((s) => s.name)
                .join(', ')}
            </p>
            <p class="kiosk-estimate" data-testid="kiosk-estimate">
              {waitText(t()) || 'Sie werden aufgerufen, sobald ein Schalter frei ist.'}
            </p>
            <p>
              Gezogen um {formatTime(t().drawnAt)} Uhr. Bitte achten Sie auf die Aufrufanzeige im
              Wartebereich.
            </p>
            <p>
              Auf dem Telefon verfolgen: <span class="kiosk-url">{followUrl(t().code)}</span>
              <br />
              Code: <strong data-testid="kiosk-code">{t().code}</strong>
            </p>
            <div class="actions kiosk-actions">
              <button type="button" class="primary kiosk-button" onClick={() => window.print()}>
                Drucken
              </button>
              <button type="button" class="kiosk-button" onClick={done}>
                Fertig
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
