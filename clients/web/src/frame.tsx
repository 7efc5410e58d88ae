/**
 * The portal's header and footer. On a phone the ten page links fold behind a
 * "Menü" button (aria-expanded, Escape closes it and returns the focus), while
 * the brand, the language switch and the session stay visible; on a wide
 * screen the links show as before. The footer links the legal pages.
 */
import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { language, setLanguage, t } from './i18n.ts';
import { ta } from './i18n-account.ts';
import { te } from './i18n-energy.ts';
import { tf } from './i18n-family.ts';
import { tfd } from './i18n-front.ts';
import { type LegalPage, tl } from './i18n-legal.ts';
import { tb } from './i18n-participation.ts';
import { tp } from './i18n-pass.ts';
import { tt } from './i18n-transit.ts';
import { href, navigate, type Route, route } from './router.ts';
import { session, signOut } from './session.ts';

function NavLink(props: { to: Exclude<Route, 'meeting'>; children: JSX.Element }) {
  return (
    <a
      href={href(props.to)}
      aria-current={
        route() === props.to ||
        (props.to === 'council' && route() === 'meeting') ||
        (props.to === 'family' && (route() === 'kita' || route() === 'birth')) ||
        (props.to === 'participation' && route() === 'suggestions')
          ? 'page'
          : undefined
      }
    >
      {props.children}
    </a>
  );
}

export function SiteHeader() {
  const [open, setOpen] = createSignal(false);
  let menuButton: HTMLButtonElement | undefined;
  // A chosen page closes the menu.
  createEffect(on(route, () => setOpen(false), { defer: true }));
  const links: Array<[Exclude<Route, 'meeting'>, () => string]> = [
    ['book', () => t().navBook],
    ['mine', () => t().navMine],
    ['requests', () => t().navRequests],
    ['transit', () => tt().navTransit],
    ['kaarst-pass', () => tp().navPass],
    ['energy', () => te().navEnergy],
    ['participation', () => tb().navParticipation],
    ['budget', () => tb().navBudget],
    ['family', () => tf().navFamily],
    ['council', () => t().navCouncil],
    ['my-data', () => ta().navMyData],
  ];
  return (
    <header class="site-header">
      <div class="bar">
        <a class="brand" href={href('home')}>
          {t().appName}
        </a>
        <div class="bar-actions">
          <button
            type="button"
            class="link-button"
            lang={language() === 'de' ? 'en' : 'de'}
            aria-label={t().switchLanguageLabel}
            onClick={() => setLanguage(language() === 'de' ? 'en' : 'de')}
          >
            {t().switchLanguage}
          </button>
          <button
            ref={menuButton}
            type="button"
            class="menu-button"
            aria-expanded={open() ? 'true' : 'false'}
            aria-controls="main-menu"
            onClick={() => setOpen(!open())}
          >
            <span aria-hidden="true">☰</span> {tfd().menu}
          </button>
        </div>
      </div>
      <nav
        aria-label={t().navigation}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open()) {
            setOpen(false);
            menuButton?.focus();
          }
        }}
      >
        <ul id="main-menu" class="menu" classList={{ open: open() }}>
          <For each={links}>
            {([to, label]) => (
              <li>
                <NavLink to={to}>{label()}</NavLink>
              </li>
            )}
          </For>
        </ul>
        <Show
          when={session()}
          fallback={
            <p class="session">
              <NavLink to="sign-in">{t().navSignIn}</NavLink>
            </p>
          }
        >
          {(current) => (
            <p class="session">
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
            </p>
          )}
        </Show>
      </nav>
    </header>
  );
}

const LEGAL: LegalPage[] = ['imprint', 'privacy', 'accessibility', 'contact'];

export function SiteFooter() {
  return (
    <footer class="site-footer">
      <nav aria-label={tfd().footerNav}>
        <ul>
          <For each={LEGAL}>
            {(page) => (
              <li>
                <NavLink to={page}>{tl().footer[page]}</NavLink>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <p>{t().footer}</p>
    </footer>
  );
}
