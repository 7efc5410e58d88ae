/**
 * "Passwort vergessen?": the two pages behind the sign-in form's link.
 * ForgotPasswordForm asks for the address and says the same whatever the hub
 * knows (it answers every address alike); ResetPasswordForm takes the token
 * from the mailed link and sets the new password, saying at the field why a
 * password is refused, and in an alert when the link was used or expired.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from '@urql/core';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { errorCode } from './graphql-client.ts';
import { duration, type UiLanguage } from './sign-in.tsx';

export interface ResetTexts {
  forgotTitle: string;
  forgotIntro: string;
  email: string;
  send: string;
  sent: (email: string) => string;
  rateLimited: (seconds: number) => string;
  emailInvalid: string;
  failed: string;
  backToSignIn: string;
  resetTitle: string;
  resetIntro: string;
  newPassword: string;
  passwordHint: string;
  save: string;
  saved: string;
  signInNow: string;
  tooShort: string;
  tooWeak: string;
  linkUsed: string;
  linkExpired: string;
  linkUnknown: string;
  askAgain: string;
  errorPrefix: string;
}

export const RESET_TEXTS: Record<UiLanguage, ResetTexts> = {
  de: {
    forgotTitle: 'Passwort vergessen',
    forgotIntro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    email: 'E-Mail-Adresse',
    send: 'Link senden',
    sent: (email) =>
      `Wenn zu ${email} ein Konto besteht, ist ein Link dorthin unterwegs. Er gilt 30 Minuten und nur einmal. Sehen Sie auch im Spam-Ordner nach.`,
    rateLimited: (seconds) =>
      `Zu viele Anfragen. Bitte versuchen Sie es in ${duration(seconds, 'de')} erneut.`,
    emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse an.',
    failed: 'Das hat nicht geklappt. Bitte versuchen Sie es später noch einmal.',
    backToSignIn: 'Zurück zur Anmeldung',
    resetTitle: 'Neues Passwort festlegen',
    resetIntro: 'Danach sind Sie auf allen anderen Geräten abgemeldet.',
    newPassword: 'Neues Passwort',
    passwordHint: 'Mindestens 10 Zeichen; gut zu merken sind mehrere Wörter.',
    save: 'Passwort speichern',
    saved: 'Ihr neues Passwort ist gespeichert. Alle anderen Anmeldungen sind beendet.',
    signInNow: 'Jetzt anmelden',
    tooShort: 'Das Passwort ist zu kurz (mindestens 10 Zeichen).',
    tooWeak: 'Dieses Passwort ist zu leicht zu erraten.',
    linkUsed: 'Dieser Link wurde schon benutzt.',
    linkExpired: 'Dieser Link ist abgelaufen.',
    linkUnknown: 'Dieser Link ist ungültig.',
    askAgain: 'Neuen Link anfordern',
    errorPrefix: 'Fehler:',
  },
  en: {
    forgotTitle: 'Forgot your password',
    forgotIntro: "Enter your account's email address. We will send you a link to set a new password.",
    email: 'Email address',
    send: 'Send link',
    sent: (email) =>
      `If there is an account for ${email}, a link is on its way there. It is valid for 30 minutes, once. Check your spam folder too.`,
    rateLimited: (seconds) => `Too many requests. Please try again in ${duration(seconds, 'en')}.`,
    emailInvalid: 'Please enter an email address.',
    failed: 'That did not work. Please try again later.',
    backToSignIn: 'Back to sign-in',
    resetTitle: 'Set a new password',
    resetIntro: 'Afterwards you are signed out on every other device.',
    newPassword: 'New password',
    passwordHint: 'At least 10 characters; several words are easy to remember.',
    save: 'Save password',
    saved: 'Your new password is saved. Every other sign-in has ended.',
    signInNow: 'Sign in now',
    tooShort: 'The password is too short (at least 10 characters).',
    tooWeak: 'This password is too easy to guess.',
    linkUsed: 'This link was used already.',
    linkExpired: 'This link has expired.',
    linkUnknown: 'This link is not valid.',
    askAgain: 'Ask for a new link',
    errorPrefix: 'Error:',
  },
};

const waitOf = (error: { graphQLErrors: Array<{ extensions?: Record<string, unknown> }> } | undefined) => {
  const wait = Number(error?.graphQLErrors[0]?.extensions?.retryAfterSeconds);
  return Number.isFinite(wait) ? wait : 60;
};

export interface ForgotPasswordFormProps {
  client: () => Client;
  document: TypedDocumentNode<{ requestPasswordReset: boolean }, { email: string }>;
  language?: () => UiLanguage;
  signInHref: string;
}

export function ForgotPasswordForm(props: ForgotPasswordFormProps) {
  const texts = () => RESET_TEXTS[props.language?.() ?? 'de'];
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [failed, setFailed] = createSignal<((t: ResetTexts) => string) | null>(null);
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    const address = email.value.trim();
    const result = await props.client().mutation(props.document, { email: address }).toPromise();
    setBusy(false);
    if (result.data?.requestPasswordReset) {
      setSentTo(address);
      return;
    }
    const code = errorCode(result.error);
    const seconds = waitOf(result.error);
    setFailed(() =>
      code === 'RATE_LIMITED'
        ? (t: ResetTexts) => t.rateLimited(seconds)
        : code === 'BAD_USER_INPUT'
          ? (t) => t.emailInvalid
          : (t) => t.failed,
    );
    email.focus();
  }

  return (
    <section aria-labelledby="forgot-title">
      <h1 id="forgot-title" tabindex="-1">
        {texts().forgotTitle}
      </h1>
      <Show
        when={sentTo()}
        fallback={
          <>
            <p>{texts().forgotIntro}</p>
            <form
              class="card narrow"
              onSubmit={submit}
              aria-describedby={failed() ? 'forgot-error' : undefined}
            >
              <Show when={failed()}>
                {(message) => (
                  <p id="forgot-error" class="message error" role="alert">
                    {message()(texts())}
                  </p>
                )}
              </Show>
              <label for="forgot-email">{texts().email}</label>
              <input
                ref={email}
                id="forgot-email"
                name="email"
                type="email"
                autocomplete="username"
                required
              />
              <button type="submit" class="primary" disabled={busy()}>
                {texts().send}
              </button>
            </form>
          </>
        }
      >
        {(address) => (
          <p class="message success" role="status">
            {texts().sent(address())}
          </p>
        )}
      </Show>
      <p>
        <a href={props.signInHref}>{texts().backToSignIn}</a>
      </p>
    </section>
  );
}

/** Where a refusal is said: at the password field, instead of the form (the link), or above it. */
type ResetProblem = { at: 'field' | 'link' | 'form'; say: (t: ResetTexts) => string };

export interface ResetPasswordFormProps {
  client: () => Client;
  document: TypedDocumentNode<{ resetPassword: boolean }, { token: string; newPassword: string }>;
  language?: () => UiLanguage;
  /** The token from the mailed link. */
  token: string;
  signInHref: string;
  forgotHref: string;
  /** After the new password is set: e.g. sign this browser's tabs out (their sessions have ended). */
  onReset?: () => void;
}

export function ResetPasswordForm(props: ResetPasswordFormProps) {
  const texts = () => RESET_TEXTS[props.language?.() ?? 'de'];
  const [done, setDone] = createSignal(false);
  const [problem, setProblem] = createSignal<ResetProblem | null>(null);
  const [busy, setBusy] = createSignal(false);
  let password!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await props
      .client()
      .mutation(props.document, { token: props.token, newPassword: password.value })
      .toPromise();
    setBusy(false);
    if (result.data?.resetPassword) {
      setDone(true);
      props.onReset?.();
      return;
    }
    const code = errorCode(result.error);
    const extensions = result.error?.graphQLErrors[0]?.extensions ?? {};
    if (code === 'INVALID_RESET_TOKEN') {
      const reason = extensions.reason;
      setProblem({
        at: 'link',
        say: (t) => (reason === 'USED' ? t.linkUsed : reason === 'EXPIRED' ? t.linkExpired : t.linkUnknown),
      });
      return;
    }
    if (code === 'BAD_USER_INPUT') {
      // The hub's strength estimate says why, in German (zxcvbn's feedback).
      const why =
        typeof extensions.warning === 'string' && extensions.warning ? ` ${extensions.warning}` : '';
      setProblem({
        at: 'field',
        say:
          extensions.reason === 'PASSWORD_TOO_WEAK'
            ? (t) => `${t.errorPrefix} ${t.tooWeak}${props.language?.() === 'en' ? '' : why}`
            : (t) => `${t.errorPrefix} ${t.tooShort}`,
      });
      password.focus();
      return;
    }
    setProblem({ at: 'form', say: (t) => t.failed });
  }

  return (
    <section aria-labelledby="reset-title">
      <h1 id="reset-title" tabindex="-1">
        {texts().resetTitle}
      </h1>
      <Switch>
        <Match when={done()}>
          <p class="message success" role="status">
            {texts().saved}
          </p>
          <p>
            <a href={props.signInHref}>{texts().signInNow}</a>
          </p>
        </Match>
        <Match when={problem()?.at === 'link'}>
          <p class="message error" role="alert">
            {problem()?.say(texts())}
          </p>
          <p>
            <a href={props.forgotHref}>{texts().askAgain}</a>
          </p>
        </Match>
        <Match when={true}>
          <p>{texts().resetIntro}</p>
          <form class="card narrow" onSubmit={submit} novalidate>
            <Show when={problem()?.at === 'form'}>
              <p class="message error" role="alert">
                {problem()?.say(texts())}
              </p>
            </Show>
            {/* The account's address is unknown here; the password manager learns it at the next sign-in. */}
            <label for="reset-password">{texts().newPassword}</label>
            <input
              ref={password}
              id="reset-password"
              name="newPassword"
              type="password"
              autocomplete="new-password"
              required
              aria-invalid={problem()?.at === 'field'}
              aria-describedby={
                problem()?.at === 'field' ? 'reset-password-hint reset-password-error' : 'reset-password-hint'
              }
            />
            <p id="reset-password-hint" class="hint">
              {texts().passwordHint}
            </p>
            <Show when={problem()?.at === 'field'}>
              <p id="reset-password-error" class="error field-error">
                {problem()?.say(texts())}
              </p>
            </Show>
            <button type="submit" class="primary" disabled={busy()}>
              {texts().save}
            </button>
          </form>
        </Match>
      </Switch>
    </section>
  );
}
