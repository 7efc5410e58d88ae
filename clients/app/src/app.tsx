/**
 * The app's frame, phone first: a slim top bar (name, offline notice, session), the
 * page, and a tab bar at the bottom within the thumb's reach. On a route change the
 * focus moves to the new page's heading.
 */
import { createEffect, For, Match, on, Show, Switch } from 'solid-js';
import { online } from './online.ts';
import { NotificationsPage } from './pages/notifications.tsx';
import { OffersPage } from './pages/offers.tsx';
import { PassPage } from './pages/pass.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { StartPage } from './pages/start.tsx';
import { TransitPage } from './pages/transit.tsx';
import { href, type Route, route } from './router.ts';
import { session, signOut } from './session.ts';

const TABS: Array<{ route: Route; label: string }> = [
  { route: 'start', label: 'Start' },
  { route: 'pass', label: 'Pass' },
  { route: 'offers', label: 'Angebote' },
  { route: 'transit', label: 'Unterwegs' },
];
const TITLES: Record<Route, string> = {
  start: 'Kaarst App',
  pass: 'Kaarst-Pass',
  offers: 'Angebote',
  transit: 'Unterwegs',
  notifications: 'Postfach',
  'sign-in': 'Anmelden',
};

export function App() {
  createEffect(() => {
    document.title = route() === 'start' ? 'Kaarst App' : `${TITLES[route()]} · Kaarst App`;
  });
  createEffect(on(route, () => document.querySelector<HTMLElement>('main h1')?.focus(), { defer: true }));
  return (
    <>
      <header class="app-bar">
        <a class="app-brand" href={href('start')}>
          Kaarst
        </a>
        <Show when={!online()}>
          <span class="offline-badge" role="status">
            Offline
          </span>
        </Show>
        {/* In the top bar, not a fifth tab: five labels do not fit a phone's width whole. */}
        <a
          class="app-inbox"
          href={href('notifications')}
          aria-current={route() === 'notifications' ? 'page' : undefined}
        >
          Postfach
        </a>
        <Show
          when={session()}
          fallback={
            <a class="app-session" href={href('sign-in')}>
              Anmelden
            </a>
          }
        >
          {(current) => (
            <button type="button" class="app-session link-button" onClick={signOut}>
              Abmelden <span class="visually-hidden">({current().displayName})</span>
            </button>
          )}
        </Show>
      </header>
      <main>
        <Switch>
          <Match when={route() === 'start'}>
            <StartPage />
          </Match>
          <Match when={route() === 'pass'}>
            <PassPage />
          </Match>
          <Match when={route() === 'offers'}>
            <OffersPage />
          </Match>
          <Match when={route() === 'transit'}>
            <TransitPage />
          </Match>
          <Match when={route() === 'notifications'}>
            <NotificationsPage />
          </Match>
          <Match when={route() === 'sign-in'}>
            <SignInPage />
          </Match>
        </Switch>
      </main>
      <nav class="tab-bar" aria-label="Hauptnavigation">
        <ul>
          <For each={TABS}>
            {(tab) => (
              <li>
                <a href={href(tab.route)} aria-current={route() === tab.route ? 'page' : undefined}>
                  {tab.label}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </>
  );
}
