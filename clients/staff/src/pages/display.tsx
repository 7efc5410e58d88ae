/**
 * The call-up display for the waiting room (#/anzeige/<location id>): large ticket labels and
 * counters, the latest call first, live through callDisplayChanged; never a name (the graph's
 * CallDisplay holds none). Each new call is announced in an aria-live region and, once sound
 * is switched on (browsers allow it only after a press), with a gong.
 */
import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import {
  WorkbenchCallDisplayChangedDocument,
  WorkbenchCallDisplayDocument,
  type WorkbenchCallDisplayViewFragment,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { displayHref, routeId } from '../router.ts';
import { locations } from './location-picker.tsx';

let audio: AudioContext | undefined;
function gong(): void {
  if (!audio) return;
  for (const [frequency, delay] of [
    [784, 0],
    [523, 0.35],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.3, audio.currentTime + delay);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + delay + 0.6);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(audio.currentTime + delay);
    oscillator.stop(audio.currentTime + delay + 0.6);
  }
}

export function DisplayPage() {
  const [display, setDisplay] = createSignal<WorkbenchCallDisplayViewFragment | undefined>();
  const [announcement, setAnnouncement] = createSignal('');
  const [sound, setSound] = createSignal(false);
  const [failed, setFailed] = createSignal('');

  createEffect(
    on(routeId, (locationId) => {
      setDisplay(undefined);
      if (!locationId) return;
      void client()
        .query(WorkbenchCallDisplayDocument, { locationId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (result.data) setDisplay((now) => now ?? result.data?.callDisplay);
          else setFailed('Diesen Standort gibt es nicht.');
        });
      const live = client()
        .subscription(WorkbenchCallDisplayChangedDocument, { locationId })
        .subscribe((result) => {
          const next = result.data?.callDisplayChanged;
          if (!next) return;
          setDisplay(next);
          if (next.newCall) {
            const again = next.newCall.callCount > 1 ? ' (erneuter Aufruf)' : '';
            setAnnouncement(
              `Wartemarke ${next.newCall.label} bitte zu Schalter ${next.newCall.counter}${again}.`,
            );
            if (sound()) gong();
          }
        });
      onCleanup(() => live.unsubscribe());
    }),
  );
  createEffect(() => {
    document.body.classList.add('call-display-body');
    onCleanup(() => document.body.classList.remove('call-display-body'));
  });

  return (
    <main id="main" class="call-display">
      <Show
        when={routeId()}
        fallback={
          <section aria-labelledby="display-choose">
            <h1 id="display-choose">Aufrufanzeige: Standort wählen</h1>
            <ul>
              <For each={locations() ?? []}>
                {(location) => (
                  <li>
                    <a href={displayHref(location.id)}>{location.name}</a>
                  </li>
                )}
              </For>
            </ul>
          </section>
        }
      >
        <h1 tabindex="-1">
          Aufruf · <span>{display()?.location.name ?? ''}</span>
        </h1>
        <p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="call-announcement">
          {announcement()}
        </p>
        <Show when={failed()}>
          <p class="message error" role="alert">
            {failed()}
          </p>
        </Show>
        <table class="calls">
          <caption class="visually-hidden">Aufgerufene Wartemarken, der neueste Aufruf zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Wartemarke</th>
              <th scope="col">Schalter</th>
            </tr>
          </thead>
          <tbody data-testid="calls">
            <For each={display()?.calls ?? []}>
              {(call, index) => (
                <tr classList={{ latest: index() === 0 }} data-testid={`call-${call.label}`}>
                  <td class="label">{call.label}</td>
                  <td class="counter">{call.counter}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={display()}>
          {(d) => (
            <p class="waiting-info">
              {d().waiting} wartend
              {d().estimatedWaitMinutes !== null && d().estimatedWaitMinutes !== undefined
                ? ` · Wartezeit etwa ${d().estimatedWaitMinutes} Minuten`
                : ''}
            </p>
          )}
        </Show>
        <button
          type="button"
          class="sound"
          aria-pressed={sound()}
          onClick={() => {
            audio ??= new AudioContext();
            setSound(!sound());
          }}
        >
          {sound() ? 'Ton aus' : 'Ton an'}
        </button>
      </Show>
    </main>
  );
}
