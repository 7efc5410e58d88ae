import { For, Match, Switch } from 'solid-js';
import { me, meKnown, screens } from '../access.ts';
import { href } from '../router.ts';
import { session } from '../session.ts';

const DESCRIPTIONS = {
  day: ['Termine des Tages', 'Termine je Standort und Schalter: einchecken, nicht erschienen, absagen.'],
  week: ['Wochenübersicht', 'Die Termine einer Woche je Standort und Schalter auf einen Blick.'],
  queue: ['Warteschlange', 'Wartemarken ausgeben, aufrufen, parken; die Aufrufanzeige für den Wartebereich.'],
  stats: ['Statistik', 'Warte- und Bearbeitungszeiten eines Tages je Dienstleistung und Schalter.'],
  visits: [
    'Hausbesuche',
    'Offene Hausbesuche auf der Karte, einen Tag mit Route planen, Zeitfenster mitteilen.',
  ],
  kiosk: [
    'Wartemarken-Kiosk',
    'Die Seite für das Gerät am Eingang: Wartemarke nach Anliegen ziehen und drucken.',
  ],
  requests: ['Anliegen', 'Die Anliegen Ihres Fachbereichs: Status ändern, antworten; neue kommen live an.'],
  passes: ['Kaarst-Pass', 'Anträge entscheiden; Pässe sperren, widerrufen, wieder freigeben (mit Grund).'],
  council: [
    'RATS-TV',
    'Übertragung einer Ratssitzung planen, live schalten, Tagesordnungspunkt setzen, beenden.',
  ],
  audit: ['Protokoll', 'Wer hat was an welchem Datensatz getan: Termine, Anliegen, Konten (nur Admins).'],
  keys: ['API-Schlüssel', 'Alle API-Schlüssel mit Inhaber/in und Rate; einen widerrufen (nur Admins).'],
  passCheck: ['Pass prüfen', 'Den QR-Code eines Kaarst-Passes mit der Kamera prüfen, auch ohne Netz.'],
  driver: ['Fahrdienst', 'Die Fahrt, die Sie fahren, und ihre Rollstuhl-Anmeldungen live: bestätigen.'],
  partnerOffers: ['Angebote', 'Ihre Kaarst-Pass-Angebote und ihre Einlösungen (nur Passnummern).'],
  content: [
    'Stadtanzeigen',
    'Inhalte für die Anzeigen auf den fünf Plätzen einreichen; Pressestelle: freigeben und einplanen.',
  ],
  participation: [
    'Mitmachen',
    'Anregungen und Beschwerden (§ 24) an Ausschüsse weitergeben, Moderation, Umfragen, Papierstimmzettel.',
  ],
  kitaAllocation: [
    'Kita-Vergabe',
    'Die Vergabe der Kita-Plätze berechnen (Stadt) und den Vorschlag für die eigenen Kitas bestätigen (Träger).',
  ],
  kitaEntries: ['Unsere Kitas', 'Plätze, Wochenstunden und Öffnungszeiten der Kitas Ihres Trägers pflegen.'],
} as const;

/** The start page: sign in, the screens the roles allow, or why there are none. */
export function HomePage() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" tabindex="-1">
        Arbeitsplatz der Stadt Kaarst
      </h1>
      <Switch>
        <Match when={!session()}>
          <p>
            Bitte <a href={href('sign-in')}>melden Sie sich an</a>.
          </p>
        </Match>
        <Match when={!meKnown()}>
          <p role="status">Wird geladen …</p>
        </Match>
        <Match when={screens().length === 0}>
          <div class="message error" role="alert" data-testid="no-access">
            <p>
              Kein Zugang: Ihr Konto ({me()?.displayName ?? session()?.displayName}) hat keine Rechte für
              einen Arbeitsbereich hier.
            </p>
            <p>
              Bürgerinnen und Bürger erledigen ihre Anliegen im <a href="/">Bürgerportal</a>.
            </p>
          </div>
        </Match>
        <Match when={screens().length > 0}>
          <ul class="screens">
            <For each={screens()}>
              {(screen) => (
                <li class="card">
                  <h2>
                    <a href={href(screen)}>{DESCRIPTIONS[screen][0]}</a>
                  </h2>
                  <p>{DESCRIPTIONS[screen][1]}</p>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
