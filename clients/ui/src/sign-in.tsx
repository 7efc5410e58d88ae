/**
 * The sign-in form the portal and the workbench share: email and password,
 * the hub's refusals said in an alert (a wrong password, or too many attempts
 * and how long to wait), and the link to "Passwort vergessen?". Each client
 * gives its own signIn document (its trusted documents), its urql client, its
 * session store and where to go afterwards.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from '@urql/core';
import { createSignal, type JSX, Show } from 'solid-js';
import { errorCode } from './graphql-client.ts';
import type { Session } from './session.ts';

export type UiLanguage = 'de' | 'en';

export interface SignInTexts {
  title: string;
  email: string;
  password: string;
  button: string;
  failed: string;
  rateLimited: (seconds: number) => string;
  forgot: string;
}

/** A wait in words, dative in German ("in einer Minute", "in 15 Minuten", "in 30 Sekunden"). */
export function duration(seconds: number, language: UiLanguage): string {
  const minutes = Math.ceil(seconds / 60);
  if (language === 'en') {
    if (seconds < 60) return seconds === 1 ? 'a second' : `${seconds} seconds`;
    return minutes === 1 ? 'a minute' : `${minutes} minutes`;
  }
  if (seconds < 60) return seconds === 1 ? 'einer Sekunde' : `${seconds} Sekunden`;
  return minutes === 1 ? 'einer Minute' : `${minutes} Minuten`;
}

export const SIGN_IN_TEXTS: Record<UiLanguage, SignInTexts> = {
  de: {
    title: 'Anmelden',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    button: 'Anmelden',
    failed: 'Anmeldung fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.',
    rateLimited: (seconds) =>
      `Zu viele Anmeldeversuche. Zu Ihrem Schutz ist die Anmeldung kurz gesperrt: Bitte versuchen Sie es in ${duration(seconds, 'de')} erneut.`,
    forgot: 'Passwort vergessen?',
  },
  en: {
    title: 'Sign in',
    email: 'Email address',
    password: 'Password',
    button: 'Sign in',
    failed: 'Sign-in failed. Please check your email address and password.',
    rateLimited: (seconds) =>
      `Too many sign-in attempts. For your protection, signing in is paused: please try again in ${duration(seconds, 'en')}.`,
    forgot: 'Forgot your password?',
  },
};

/** What each client's signIn document asks for (HubSignIn, shared by every client). */
export interface SignInResult {
  signIn: { token: string; expiresAt: string; citizen: { displayName: string } };
}

export interface SignInFormProps {
  client: () => Client;
  document: TypedDocumentNode<SignInResult, { email: string; password: string }>;
  /** The session store's signedIn (it tells the client's other tabs too). */
  signedIn: (session: Session) => void;
  /** After a successful sign-in, e.g. back to the page that asked for it. */
  onSignedIn: () => void;
  language?: () => UiLanguage;
  /** Under the title: who signs in here. */
  intro: JSX.Element;
  /** The "Passwort vergessen?" page. */
  forgotHref: string;
  /** In the form, under the button (e.g. the demo account). */
  hint?: JSX.Element;
  /** Below the form (e.g. the link to sign up). */
  children?: JSX.Element;
}

export function SignInForm(props: SignInFormProps) {
  const texts = () => SIGN_IN_TEXTS[props.language?.() ?? 'de'];
  /** What went wrong, said in the alert: a wrong password, or too many attempts (wait so long). */
  const [failed, setFailed] = createSignal<((t: SignInTexts) => string) | null>(null);
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    const result = await props
      .client()
      .mutation(props.document, { email: email.value.trim(), password: password.value })
      .toPromise();
    setBusy(false);
    const signIn = result.data?.signIn;
    if (!signIn) {
      const wait = Number(result.error?.graphQLErrors[0]?.extensions?.retryAfterSeconds);
      const seconds = Number.isFinite(wait) ? wait : 60;
      setFailed(() =>
        errorCode(result.error) === 'RATE_LIMITED'
          ? (t: SignInTexts) => t.rateLimited(seconds)
          : (t) => t.failed,
      );
      password.value = '';
      password.focus();
      return;
    }
    props.signedIn({
      token: signIn.token,
      expiresAt: signIn.expiresAt,
      displayName: signIn.citizen.displayName,
    });
    props.onSignedIn();
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1">
        {texts().title}
      </h1>
      <p>{props.intro}</p>
      <form class="card narrow" onSubmit={submit} aria-describedby={failed() ? 'sign-in-error' : undefined}>
        <Show when={failed()}>
          {(message) => (
            <p id="sign-in-error" class="message error" role="alert">
              {message()(texts())}
            </p>
          )}
        </Show>
        <label for="email">{texts().email}</label>
        <input ref={email} id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">{texts().password}</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" class="primary" disabled={busy()}>
          {texts().button}
        </button>
        <p>
          <a href={props.forgotHref}>{texts().forgot}</a>
        </p>
        {props.hint}
      </form>
      {props.children}
    </section>
  );
}
