/**
 * "Passwort vergessen?" end to end, in Debian's headless Chromium against a real
 * hub whose citizens subgraph mails through its SMTP client (nodemailer) to a
 * real SMTP server in this test (smtp-server): from the sign-in form to the
 * mail, the link to the portal's reset page, a new password, signing in with
 * it; the used link and an expired one refused (INVALID_RESET_TOKEN), and the
 * session of another device ended by the reset. axe-core checks each page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  PortalMyAppointmentsDocument,
  PortalResetPasswordDocument,
  PortalSignUpDocument,
} from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/citizens/src/generated/prisma/client.ts';
import { type Mailbox, resetTokenOf, startMailbox } from '../../subgraphs/citizens/test/mailbox.ts';
import { startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('account-reset');
const OLD_PASSWORD = 'mein altes Kennwort am Rhein';
const NEW_PASSWORD = 'Nordkanal Radweg im Herbstlicht';

const signedInAs = async (page: Page) =>
  (await page.evaluate(`document.querySelector('header .session strong')?.textContent ?? ''`)) as string;

describe.runIf(runBrowserTests)('forgot password in the portal, in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let mailbox: Mailbox;
  let portal: string;
  const saved = { SMTP_URL: process.env.SMTP_URL, HUB_PUBLIC_URL: process.env.HUB_PUBLIC_URL };

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    mailbox = await startMailbox();
    process.env.SMTP_URL = mailbox.url;
    [hub, browser] = await Promise.all([
      startHub({
        // The revocation lists (with the session cutoffs) every 300 ms instead of 10 s.
        gateway: { trustedDocuments: { enforce: true }, apiKeyRevocationRefreshMs: 300 },
      }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
    // The links in the mails point at this hub (read when a mail is written).
    process.env.HUB_PUBLIC_URL = new URL(hub.url).origin;
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await mailbox?.close();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('mails a link, sets a new password with it, signs in with that, and refuses the link again', async () => {
    const email = `vergessen.${Date.now()}@example.org`;
    const signUp = await hub.execute(PortalSignUpDocument, {
      input: { email, displayName: 'Vera Vergessen', password: OLD_PASSWORD },
    });
    const otherDevice = signUp.data?.signUp.token;
    if (!otherDevice) throw new Error(JSON.stringify(signUp.errors));
    expect((await hub.execute(PortalMyAppointmentsDocument, {}, otherDevice)).errors).toBeUndefined();

    const page = await openPage(browser);
    await page.goto(new URL('#/anmelden', portal).toString());
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
    await expectAccessible(page, '40-forgot-password');

    // An unknown address gets the same answer as a known one (and no mail).
    const before = mailbox.received.length;
    await page.getByLabel('E-Mail-Adresse').fill('niemand.hier@example.org');
    await page.getByRole('button', { name: 'Link senden' }).click();
    const unknownAnswer = await page.getByRole('status').textContent();
    expect(unknownAnswer).toContain('Wenn zu niemand.hier@example.org ein Konto besteht');

    await page.goto(new URL('#/anmelden', portal).toString());
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link senden' }).click();
    const knownAnswer = await page.getByRole('status').textContent();
    expect(knownAnswer?.replace(email, '…')).toBe(unknownAnswer?.replace('niemand.hier@example.org', '…'));
    await expectAccessible(page, '41-reset-link-sent');

    const mail = await mailbox.next(email, before);
    expect(mailbox.received.slice(before).flatMap((m) => m.to)).toEqual([email]);
    const { link, token } = resetTokenOf(mail);
    expect(link.startsWith(portal)).toBe(true);

    // The link opens the portal's reset page; a weak password is refused at its field.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }).waitFor();
    await expectAccessible(page, '42-reset-password');
    const field = page.getByLabel('Neues Passwort', { exact: true });
    await field.fill('passwort123');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Fehler: Dieses Passwort ist zu leicht zu erraten.').waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid'), UNTIL).toBe('true');
    await expectAccessible(page, '43-reset-password-too-weak');
    await field.fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr neues Passwort ist gespeichert' }).waitFor();
    await expectAccessible(page, '44-reset-password-done');

    // The other device's session ends (the gateway learns the cutoff within its refresh).
    await expect
      .poll(
        async () =>
          (await hub.execute(PortalMyAppointmentsDocument, {}, otherDevice)).errors?.[0]?.extensions?.code,
        UNTIL,
      )
      .toBe('UNAUTHENTICATED');

    // Signing in: the old password is refused, the new one works.
    await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(OLD_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Anmeldung fehlgeschlagen' }).waitFor();
    await page.getByLabel('Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => signedInAs(page), UNTIL).toBe('Vera Vergessen');

    // The same link again: refused, on the page and with a stable code.
    await page.goto(link);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(`${NEW_PASSWORD} und Wind`);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'Dieser Link wurde schon benutzt.' }).waitFor();
    await page.getByRole('link', { name: 'Neuen Link anfordern' }).waitFor();
    await expectAccessible(page, '45-reset-link-used');
    const again = await hub.execute(PortalResetPasswordDocument, {
      token,
      newPassword: `${NEW_PASSWORD} und Wind`,
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_RESET_TOKEN', reason: 'USED' });
    await page.context().close();
  });

  it('refuses an expired link with INVALID_RESET_TOKEN, on the page too', async () => {
    const email = `abgelaufen.${Date.now()}@example.org`;
    await hub.execute(PortalSignUpDocument, {
      input: { email, displayName: 'Erik Eilig', password: OLD_PASSWORD },
    });
    const page = await openPage(browser);
    await page.goto(new URL('#/passwort-vergessen', portal).toString());
    const before = mailbox.received.length;
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link senden' }).click();
    await page.getByRole('status').waitFor();
    const { link, token } = resetTokenOf(await mailbox.next(email, before));
    // Half an hour later, as far as the database can tell.
    const db = hub.subgraph('citizens').db as PrismaClient;
    await db.$executeRaw`
      UPDATE password_reset SET "createdAt" = now() - interval '31 minutes', "expiresAt" = now() - interval '1 minute'
      WHERE "accountId" = (SELECT id FROM account WHERE email = ${email})`;

    const expired = await hub.execute(PortalResetPasswordDocument, { token, newPassword: NEW_PASSWORD });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_RESET_TOKEN', reason: 'EXPIRED' });
    await page.goto(link);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'Dieser Link ist abgelaufen.' }).waitFor();
    await expectAccessible(page, '46-reset-link-expired');
    await page.context().close();
  });
});
