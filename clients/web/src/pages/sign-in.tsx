import { createSignal, Show } from 'solid-js';
import { PortalSignInDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { ta } from '../i18n-account.ts';
import { afterSignIn, href, navigate } from '../router.ts';
import { signedIn } from '../session.ts';

export function SignInPage() {
  /** What went wrong, said in the alert: a wrong password, or too many attempts (wait so long). */
  const [failed, setFailed] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    const result = await client()
      .mutation(PortalSignInDocument, { email: email.value.trim(), password: password.value })
      .toPromise();
    setBusy(false);
    const signIn = result.data?.signIn;
    if (!signIn) {
      const wait = Number(result.error?.graphQLErrors[0]?.extensions?.retryAfterSeconds);
      setFailed(
        errorCode(result.error) === 'RATE_LIMITED'
          ? t().signInRateLimited(Number.isFinite(wait) ? wait : 60)
          : t().signInFailed,
      );
      password.value = '';
      password.focus();
      return;
    }
    signedIn({ token: signIn.token, expiresAt: signIn.expiresAt, displayName: signIn.citizen.displayName });
    navigate(afterSignIn());
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1">
        {t().signInTitle}
      </h1>
      <p>{t().signInIntro}</p>
      <form class="card narrow" onSubmit={submit} aria-describedby={failed() ? 'sign-in-error' : undefined}>
        <Show when={failed()}>
          <p id="sign-in-error" class="message error" role="alert">
            {failed()}
          </p>
        </Show>
        <label for="email">{t().email}</label>
        <input ref={email} id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">{t().password}</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" class="primary" disabled={busy()}>
          {t().signInButton}
        </button>
        <p class="hint">{t().demoHint}</p>
      </form>
      <p>
        {ta().noAccountYet} <a href={href('sign-up')}>{ta().createAccount}</a>
      </p>
    </section>
  );
}
