import { createSignal, Show } from 'solid-js';
import { WorkbenchSignInDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { navigate } from '../router.ts';
import { signedIn } from '../session.ts';

/** The same sign-in as the portal (signIn); what the account may do here comes from its roles. */
export function SignInPage() {
  const [failed, setFailed] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    const result = await client()
      .mutation(WorkbenchSignInDocument, { email: email.value.trim(), password: password.value })
      .toPromise();
    setBusy(false);
    const signIn = result.data?.signIn;
    if (!signIn) {
      const wait = Number(result.error?.graphQLErrors[0]?.extensions?.retryAfterSeconds);
      setFailed(
        errorCode(result.error) === 'RATE_LIMITED'
          ? `Zu viele Versuche. Bitte warten Sie ${Number.isFinite(wait) ? wait : 60} Sekunden.`
          : 'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmen nicht.',
      );
      password.value = '';
      password.focus();
      return;
    }
    signedIn({ token: signIn.token, expiresAt: signIn.expiresAt, displayName: signIn.citizen.displayName });
    navigate('home');
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1">
        Anmelden
      </h1>
      <p>Mit Ihrem Dienstkonto der Stadt Kaarst.</p>
      <form class="card narrow" onSubmit={submit}>
        <Show when={failed()}>
          <p id="sign-in-error" class="message error" role="alert">
            {failed()}
          </p>
        </Show>
        <label for="email">E-Mail-Adresse</label>
        <input ref={email} id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Passwort</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" class="primary" disabled={busy()}>
          Anmelden
        </button>
      </form>
    </section>
  );
}
