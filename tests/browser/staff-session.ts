/** Signing in to the staff workbench in a browser test, as a member of staff does it. */
import type { Page } from '../../clients/web/test/browser.ts';
import { DEMO_PASSWORD } from '../harness.ts';

/** Signs in at `${staffApp}#/anmelden` with a demo account and waits until the header says so. */
export async function signInToWorkbench(page: Page, staffApp: string, email: string): Promise<void> {
  await page.goto(`${staffApp}#/anmelden`);
  await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
}
