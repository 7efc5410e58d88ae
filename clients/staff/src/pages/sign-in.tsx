/** The same sign-in as the portal (@kaarst/ui); what the account may do here comes from its roles. */
import { SignInForm } from '@kaarst/ui/sign-in';
import { HubSignInDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { navigate } from '../router.ts';
import { signedIn } from '../session.ts';

export function SignInPage() {
  return (
    <SignInForm
      client={client}
      document={HubSignInDocument}
      signedIn={signedIn}
      onSignedIn={() => navigate('home')}
      intro="Mit Ihrem Dienstkonto der Stadt Kaarst."
      // One account for portal and workbench: the portal's page sends the link.
      forgotHref="/#/passwort-vergessen"
    />
  );
}
