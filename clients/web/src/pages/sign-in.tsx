/**
 * The portal's sign-in and "Passwort vergessen?" pages: the shared forms of
 * @kaarst/ui with the portal's documents, session and language.
 */

import { SignInForm } from '@kaarst/ui/sign-in';
import { ForgotPasswordForm, ResetPasswordForm } from '@kaarst/ui/sign-in-reset';
import {
  HubSignInDocument,
  PortalRequestPasswordResetDocument,
  PortalResetPasswordDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { language, t } from '../i18n.ts';
import { ta } from '../i18n-account.ts';
import { afterSignIn, href, navigate, routeId } from '../router.ts';
import { signedIn, signOut } from '../session.ts';

export function SignInPage() {
  return (
    <SignInForm
      client={client}
      document={HubSignInDocument}
      signedIn={signedIn}
      onSignedIn={() => navigate(afterSignIn())}
      language={language}
      intro={t().signInIntro}
      forgotHref={href('forgot-password')}
      hint={<p class="hint">{t().demoHint}</p>}
    >
      <p>
        {ta().noAccountYet} <a href={href('sign-up')}>{ta().createAccount}</a>
      </p>
    </SignInForm>
  );
}

export function ForgotPasswordPage() {
  return (
    <ForgotPasswordForm
      client={client}
      document={PortalRequestPasswordResetDocument}
      language={language}
      signInHref={href('sign-in')}
    />
  );
}

export function ResetPasswordPage() {
  return (
    <ResetPasswordForm
      client={client}
      document={PortalResetPasswordDocument}
      language={language}
      token={routeId()}
      signInHref={href('sign-in')}
      forgotHref={href('forgot-password')}
      onReset={signOut}
    />
  );
}
