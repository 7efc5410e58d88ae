/**
 * The workbench's frame: skip link, header with the navigation of the screens the signed-in
 * roles allow (access.ts), then the current screen. A screen the roles do not allow is not
 * rendered at all, so it sends no request. The call-up display (#/anzeige/<location>) is a
 * full-screen page of its own for the waiting room, public like its data.
 */
import { createEffect, For, type JSX, Match, on, Show, Switch } from 'solid-js';
import { may, me, meKnown, type Screen, screens } from './access.ts';
import { ApiKeysPage } from './pages/api-keys.tsx';
import { AuditPage } from './pages/audit.tsx';
import { CouncilPage } from './pages/council.tsx';
import { DayPage } from './pages/day.tsx';
import { DisplayPage } from './pages/display.tsx';
import { DisplayContentPage } from './pages/display-content.tsx';
import { DriverPage } from './pages/driver.tsx';
import { HomePage } from './pages/home.tsx';
import { HomeVisitsPage } from './pages/home-visits.tsx';
import { KioskPage } from './pages/kiosk.tsx';
import { KitaAllocationPage } from './pages/kita-allocation.tsx';
import { KitaEntriesPage } from './pages/kita-entries.tsx';
import { ParticipationPage } from './pages/participation.tsx';
import { PartnerOffersPage } from './pages/partner-offers.tsx';
import { PassCheckPage } from './pages/pass-check.tsx';
import { PassesPage } from './pages/passes.tsx';
import { QueuePage } from './pages/queue.tsx';
import { RequestsPage } from './pages/requests.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { StatisticsPage } from './pages/statistics.tsx';
import { WeekPage } from './pages/week.tsx';
import { href, navigate, type Route, route } from './router.ts';
import { session, signOut } from './session.ts';

const TITLES: Record<Route, string> = {
  home: 'Übersicht',
  'sign-in': 'Anmelden',
  day: 'Termine des Tages',
  week: 'Wochenübersicht',
  queue: 'Warteschlange',
  stats: 'Statistik',
  visits: 'Hausbesuche',
  kiosk: 'Wartemarken-Kiosk',
  requests: 'Anliegen',
  passes: 'Kaarst-Pass',
  council: 'RATS-TV',
  audit: 'Protokoll',
  keys: 'API-Schlüssel',
  display: 'Aufrufanzeige',
  content: 'Stadtanzeigen',
  participation: 'Mitmachen',
  passCheck: 'Pass prüfen',
  partnerOffers: 'Angebote',
  driver: 'Fahrdienst',
  kitaAllocation: 'Kita-Vergabe',
  kitaEntries: 'Unsere Kitas',
};
const SCREEN_LABELS: Record<Screen, string> = {
  day: 'Termine des Tages',
  week: 'Wochenübersicht',
  queue: 'Warteschlange',
  stats: 'Statistik',
  visits: 'Hausbesuche',
  kiosk: 'Wartemarken-Kiosk',
  requests: 'Anliegen',
  passes: 'Kaarst-Pass',
  council: 'RATS-TV',
  audit: 'Protokoll',
  keys: 'API-Schlüssel',
  content: 'Stadtanzeigen',
  participation: 'Mitmachen',
  passCheck: 'Pass prüfen',
  partnerOffers: 'Angebote',
  driver: 'Fahrdienst',
  kitaAllocation: 'Kita-Vergabe',
  kitaEntries: 'Unsere Kitas',
};

function NavLink(props: { to: Exclude<Route, 'display'>; children: JSX.Element }) {
  return (
    <a href={href(props.to)} aria-current={route() === props.to ? 'page' : undefined}>
      {props.children}
    </a>
  );
}

/** A screen only for those whose roles allow it; others are told so, and nothing is asked of the graph. */
function Guarded(props: { screen: Screen; children: JSX.Element }) {
  return (
    <Show when={session()} fallback={<HomePage />}>
      <Show when={meKnown()} fallback={<p role="status">Wird geladen …</p>}>
        <Show when={may(props.screen)} fallback={<HomePage />}>
          {props.children}
        </Show>
      </Show>
    </Show>
  );
}

export function App() {
  createEffect(() => {
    document.title = `${TITLES[route()]} · Arbeitsplatz Stadt Kaarst`;
  });
  createEffect(
    on(
      route,
      () => {
        document.querySelector<HTMLElement>('main h1')?.focus();
      },
      { defer: true },
    ),
  );

  return (
    <Show when={route() !== 'display'} fallback={<DisplayPage />}>
      <button
        type="button"
        class="skip-link"
        onClick={() => document.querySelector<HTMLElement>('main h1')?.focus()}
      >
        Zum Inhalt springen
      </button>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={href('home')}>
            Arbeitsplatz Stadt Kaarst
          </a>
        </div>
        <nav aria-label="Arbeitsbereiche">
          <ul>
            <li>
              <NavLink to="home">Übersicht</NavLink>
            </li>
            <For each={screens()}>
              {(screen) => (
                <li>
                  <NavLink to={screen}>{SCREEN_LABELS[screen]}</NavLink>
                </li>
              )}
            </For>
            <Show
              when={session()}
              fallback={
                <li>
                  <NavLink to="sign-in">Anmelden</NavLink>
                </li>
              }
            >
              {(current) => (
                <li class="session">
                  <span>
                    Angemeldet als <strong>{me()?.displayName ?? current().displayName}</strong>
                  </span>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      signOut();
                      navigate('sign-in');
                    }}
                  >
                    Abmelden
                  </button>
                </li>
              )}
            </Show>
          </ul>
        </nav>
      </header>
      <main id="main">
        <Switch fallback={<HomePage />}>
          <Match when={route() === 'sign-in'}>
            <SignInPage />
          </Match>
          <Match when={route() === 'day'}>
            <Guarded screen="day">
              <DayPage />
            </Guarded>
          </Match>
          <Match when={route() === 'week'}>
            <Guarded screen="week">
              <WeekPage />
            </Guarded>
          </Match>
          <Match when={route() === 'queue'}>
            <Guarded screen="queue">
              <QueuePage />
            </Guarded>
          </Match>
          <Match when={route() === 'stats'}>
            <Guarded screen="stats">
              <StatisticsPage />
            </Guarded>
          </Match>
          <Match when={route() === 'visits'}>
            <Guarded screen="visits">
              <HomeVisitsPage />
            </Guarded>
          </Match>
          <Match when={route() === 'kiosk'}>
            <Guarded screen="kiosk">
              <KioskPage />
            </Guarded>
          </Match>
          <Match when={route() === 'passes'}>
            <Guarded screen="passes">
              <PassesPage />
            </Guarded>
          </Match>
          <Match when={route() === 'council'}>
            <Guarded screen="council">
              <CouncilPage />
            </Guarded>
          </Match>
          <Match when={route() === 'audit'}>
            <Guarded screen="audit">
              <AuditPage />
            </Guarded>
          </Match>
          <Match when={route() === 'keys'}>
            <Guarded screen="keys">
              <ApiKeysPage />
            </Guarded>
          </Match>
          <Match when={route() === 'requests'}>
            <Guarded screen="requests">
              <RequestsPage />
            </Guarded>
          </Match>
          <Match when={route() === 'content'}>
            <Guarded screen="content">
              <DisplayContentPage />
            </Guarded>
          </Match>
          <Match when={route() === 'participation'}>
            <Guarded screen="participation">
              <ParticipationPage />
            </Guarded>
          </Match>
          <Match when={route() === 'passCheck'}>
            <Guarded screen="passCheck">
              <PassCheckPage />
            </Guarded>
          </Match>
          <Match when={route() === 'driver'}>
            <Guarded screen="driver">
              <DriverPage />
            </Guarded>
          </Match>
          <Match when={route() === 'partnerOffers'}>
            <Guarded screen="partnerOffers">
              <PartnerOffersPage />
            </Guarded>
          </Match>
          <Match when={route() === 'kitaAllocation'}>
            <Guarded screen="kitaAllocation">
              <KitaAllocationPage />
            </Guarded>
          </Match>
          <Match when={route() === 'kitaEntries'}>
            <Guarded screen="kitaEntries">
              <KitaEntriesPage />
            </Guarded>
          </Match>
        </Switch>
      </main>
      <footer class="site-footer">
        <p>Stadt Kaarst · Arbeitsplatz für Mitarbeitende</p>
      </footer>
    </Show>
  );
}
