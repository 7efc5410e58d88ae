/**
 * The portal's frame: skip link, header with navigation, language switch and
 * session, then the page of the current route. On a route change the focus
 * moves to the new page's heading, so keyboard and screen-reader users land
 * where sighted users look.
 */
import { createEffect, type JSX, Match, on, Show, Switch } from 'solid-js';
import { language, setLanguage, t } from './i18n.ts';
import { ta } from './i18n-account.ts';
import { te } from './i18n-energy.ts';
import { tf } from './i18n-family.ts';
import { tb } from './i18n-participation.ts';
import { tp } from './i18n-pass.ts';
import { tt } from './i18n-transit.ts';
import { BookingPage } from './pages/booking.tsx';
import { BudgetPage } from './pages/budget.tsx';
import { CouncilPage } from './pages/council.tsx';
import { EnergyPage } from './pages/energy.tsx';
import { FamilyPage } from './pages/family.tsx';
import { KaarstPassPage } from './pages/kaarst-pass.tsx';
import { MeetingPage } from './pages/meeting.tsx';
import { MyAppointmentsPage } from './pages/my-appointments.tsx';
import { MyDataPage } from './pages/my-data.tsx';
import { RequestsPage } from './pages/requests.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { SignUpPage } from './pages/sign-up.tsx';
import { TransitPage } from './pages/transit.tsx';
import { href, navigate, type Route, route } from './router.ts';
import { session, signOut } from './session.ts';

function NavLink(props: { to: Exclude<Route, 'meeting'>; children: JSX.Element }) {
  return (
    <a
      href={href(props.to)}
      aria-current={
        route() === props.to || (props.to === 'council' && route() === 'meeting') ? 'page' : undefined
      }
    >
      {props.children}
    </a>
  );
}

export function App() {
  const pageTitle = () =>
    ({
      book: t().bookTitle,
      mine: t().mineTitle,
      'sign-in': t().signInTitle,
      'sign-up': ta().signUpTitle,
      'my-data': ta().myDataTitle,
      requests: t().requestsTitle,
      transit: tt().transitTitle,
      council: t().councilTitle,
      'kaarst-pass': tp().passTitle,
      energy: te().energyTitle,
      budget: tb().budgetTitle,
      family: tf().familyTitle,
      meeting: t().councilTitle,
    })[route()];
  createEffect(() => {
    document.title = `${pageTitle()} · ${t().appName}`;
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
    <>
      <button
        type="button"
        class="skip-link"
        onClick={() => document.querySelector<HTMLElement>('main h1')?.focus()}
      >
        {t().skipToContent}
      </button>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={href('book')}>
            {t().appName}
          </a>
          <button
            type="button"
            class="link-button"
            lang={language() === 'de' ? 'en' : 'de'}
            aria-label={t().switchLanguageLabel}
            onClick={() => setLanguage(language() === 'de' ? 'en' : 'de')}
          >
            {t().switchLanguage}
          </button>
        </div>
        <nav aria-label={t().navigation}>
          <ul>
            <li>
              <NavLink to="book">{t().navBook}</NavLink>
            </li>
            <li>
              <NavLink to="mine">{t().navMine}</NavLink>
            </li>
            <li>
              <NavLink to="requests">{t().navRequests}</NavLink>
            </li>
            <li>
              <NavLink to="transit">{tt().navTransit}</NavLink>
            </li>
            <li>
              <NavLink to="kaarst-pass">{tp().navPass}</NavLink>
            </li>
            <li>
              <NavLink to="energy">{te().navEnergy}</NavLink>
            </li>
            <li>
              <NavLink to="budget">{tb().navBudget}</NavLink>
            </li>
            <li>
              <NavLink to="family">{tf().navFamily}</NavLink>
            </li>
            <li>
              <NavLink to="council">{t().navCouncil}</NavLink>
            </li>
            <li>
              <NavLink to="my-data">{ta().navMyData}</NavLink>
            </li>
            <Show
              when={session()}
              fallback={
                <li>
                  <NavLink to="sign-in">{t().navSignIn}</NavLink>
                </li>
              }
            >
              {(current) => (
                <li class="session">
                  <span>
                    {t().signedInAs} <strong>{current().displayName}</strong>
                  </span>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      signOut();
                      navigate('sign-in');
                    }}
                  >
                    {t().signOut}
                  </button>
                </li>
              )}
            </Show>
          </ul>
        </nav>
      </header>
      <main id="main">
        <Switch>
          <Match when={route() === 'sign-in'}>
            <SignInPage />
          </Match>
          <Match when={route() === 'sign-up'}>
            <SignUpPage />
          </Match>
          <Match when={route() === 'my-data'}>
            <MyDataPage />
          </Match>
          <Match when={route() === 'family'}>
            <FamilyPage />
          </Match>
          <Match when={route() === 'transit'}>
            <TransitPage />
          </Match>
          <Match when={route() === 'kaarst-pass'}>
            <KaarstPassPage />
          </Match>
          <Match when={route() === 'energy'}>
            <EnergyPage />
          </Match>
          <Match when={route() === 'budget'}>
            <BudgetPage />
          </Match>
          <Match when={route() === 'council'}>
            <CouncilPage />
          </Match>
          <Match when={route() === 'meeting'}>
            <MeetingPage />
          </Match>
          <Match when={route() === 'requests'}>
            <RequestsPage />
          </Match>
          <Match when={route() === 'mine'}>
            <MyAppointmentsPage />
          </Match>
          <Match when={route() === 'book'}>
            <BookingPage />
          </Match>
        </Switch>
      </main>
      <footer class="site-footer">
        <p>{t().footer}</p>
      </footer>
    </>
  );
}
