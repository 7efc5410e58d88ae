/**
 * The portal's frame: skip link, header with navigation, language switch and
 * session, then the page of the current route. On a route change the focus
 * moves to the new page's heading, so keyboard and screen-reader users land
 * where sighted users look.
 */

import { RESET_TEXTS } from '@kaarst/ui/sign-in-reset';
import { createEffect, Match, on, Switch } from 'solid-js';
import { SiteFooter, SiteHeader } from './frame.tsx';
import { language, t } from './i18n.ts';
import { ta } from './i18n-account.ts';
import { te } from './i18n-energy.ts';
import { tf } from './i18n-family.ts';
import { tfd } from './i18n-front.ts';
import { tl } from './i18n-legal.ts';
import { tb } from './i18n-participation.ts';
import { tp } from './i18n-pass.ts';
import { tq } from './i18n-ticket.ts';
import { tt } from './i18n-transit.ts';
import { BirthBundlePage } from './pages/birth-bundle.tsx';
import { BookingPage } from './pages/booking.tsx';
import { BudgetPage } from './pages/budget.tsx';
import { CancelByCodePage } from './pages/cancel-by-code.tsx';
import { CouncilPage } from './pages/council.tsx';
import { EnergyPage } from './pages/energy.tsx';
import { FamilyPage } from './pages/family.tsx';
import { HomePage } from './pages/home.tsx';
import { KaarstPassPage } from './pages/kaarst-pass.tsx';
import { KitaPage } from './pages/kita.tsx';
import { LegalPage } from './pages/legal.tsx';
import { MeetingPage } from './pages/meeting.tsx';
import { MyAppointmentsPage } from './pages/my-appointments.tsx';
import { MyDataPage } from './pages/my-data.tsx';
import { ParticipationPage, SuggestionsPage } from './pages/participation.tsx';
import { RequestsPage } from './pages/requests.tsx';
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from './pages/sign-in.tsx';
import { SignUpPage } from './pages/sign-up.tsx';
import { TransitPage } from './pages/transit.tsx';
import { WalkInTicketPage } from './pages/walk-in-ticket.tsx';
import { route } from './router.ts';

export function App() {
  const pageTitle = () =>
    ({
      home: t().appName,
      book: t().bookTitle,
      cancel: tfd().cancelTitle,
      imprint: tl().imprint.title,
      privacy: tl().privacy.title,
      accessibility: tl().accessibility.title,
      contact: tl().contact.title,
      mine: t().mineTitle,
      'sign-in': t().signInTitle,
      'sign-up': ta().signUpTitle,
      'forgot-password': RESET_TEXTS[language()].forgotTitle,
      'reset-password': RESET_TEXTS[language()].resetTitle,
      'my-data': ta().myDataTitle,
      requests: t().requestsTitle,
      transit: tt().transitTitle,
      council: t().councilTitle,
      'kaarst-pass': tp().passTitle,
      energy: te().energyTitle,
      budget: tb().budgetTitle,
      family: tf().familyTitle,
      kita: tf().kitaTitle,
      birth: tf().birthTitle,
      participation: tb().participationTitle,
      suggestions: tb().suggestionsTitle,
      meeting: t().councilTitle,
      ticket: tq().ticketTitle,
    })[route()];
  createEffect(() => {
    document.title = route() === 'home' ? t().appName : `${pageTitle()} · ${t().appName}`;
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
      <SiteHeader />
      <main id="main">
        <Switch>
          <Match when={route() === 'sign-in'}>
            <SignInPage />
          </Match>
          <Match when={route() === 'sign-up'}>
            <SignUpPage />
          </Match>
          <Match when={route() === 'forgot-password'}>
            <ForgotPasswordPage />
          </Match>
          <Match when={route() === 'reset-password'}>
            <ResetPasswordPage />
          </Match>
          <Match when={route() === 'my-data'}>
            <MyDataPage />
          </Match>
          <Match when={route() === 'family'}>
            <FamilyPage />
          </Match>
          <Match when={route() === 'kita'}>
            <KitaPage />
          </Match>
          <Match when={route() === 'birth'}>
            <BirthBundlePage />
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
          <Match when={route() === 'participation'}>
            <ParticipationPage />
          </Match>
          <Match when={route() === 'suggestions'}>
            <SuggestionsPage />
          </Match>
          <Match when={route() === 'council'}>
            <CouncilPage />
          </Match>
          <Match when={route() === 'ticket'}>
            <WalkInTicketPage />
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
          <Match when={route() === 'cancel'}>
            <CancelByCodePage />
          </Match>
          <Match when={route() === 'home'}>
            <HomePage />
          </Match>
          <Match
            when={(['imprint', 'privacy', 'accessibility', 'contact'] as const).find(
              (page) => page === route(),
            )}
          >
            {(page) => <LegalPage page={page()} />}
          </Match>
        </Switch>
      </main>
      <SiteFooter />
    </>
  );
}
