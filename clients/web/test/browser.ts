/**
 * Helpers for the portal's browser tests (tests/browser): Debian's Chromium
 * driven by playwright-core (never a downloaded browser), axe-core injected
 * into the page, screenshots into a git-ignored folder. They live in the web
 * package because playwright-core and axe-core are its dev dependencies.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

export type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** CHROMIUM_PATH, else Debian's package (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFound = existsSync(CHROMIUM);

/**
 * Whether a browser suite runs: skipped only where there is no Chromium, saying so;
 * in CI (.ci/run installs it) they run and fail without it.
 */
export function browserTestsRun(suite: string): boolean {
  const run = chromiumFound || !!process.env.CI;
  if (!run)
    console.warn(
      `SKIPPED the ${suite} browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
    );
  return run;
}

/** The flags that work on the build machines (closed network, root, no GPU). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium with FLAGS, and any further flags a test needs (e.g. a fake camera). */
export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...extraFlags] });
}

/**
 * How long a browser test waits for a state it expects (an element, a text, a
 * live update): long, because a CI machine under load once took 36 s for what
 * takes 3 s alone. A passing test goes on as soon as the state is there; only a
 * failing one waits this long. Tests wait for states, never for fixed times.
 */
export const UI_WAIT_MS = 60_000;

/** vitest's expect.poll with the same patience (its own default gives up after one second). */
export const UNTIL = { timeout: UI_WAIT_MS, interval: 100 } as const;

/**
 * A page in a new browser context whose every wait (locator.waitFor, click,
 * textContent...) lasts up to UI_WAIT_MS; errors in the page are logged. Close
 * it with `page.context().close()`.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    locale: 'de-DE',
    ...options,
  });
  context.setDefaultTimeout(UI_WAIT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  tellOnFailure(page);
  return page;
}

/**
 * When the test that opened `page` fails, what the page showed: its address, its alerts and
 * status lines, and a screenshot (failed-*.png). A flaky failure in CI is then more than "timed
 * out waiting for a heading". Outside a running test (a beforeAll) there is nothing to hook.
 */
function tellOnFailure(page: Page) {
  try {
    onTestFailed(async ({ task }) => {
      if (page.isClosed()) return;
      const said = await page
        .locator('[role="alert"], [role="status"]')
        .allInnerTexts()
        .catch(() => []);
      const name = `failed-${task.name.replace(/[^\wäöüß-]+/gi, '-').slice(0, 60)}-${Date.now()}`;
      const file = await screenshot(page, name).catch((error: unknown) => `none (${String(error)})`);
      console.error(
        `page at ${page.url()} when "${task.name}" failed; alerts and status: ${JSON.stringify(said.filter(Boolean))}; screenshot ${file}`,
      );
    });
  } catch {
    // not inside a test
  }
}

/** Signs `email` in on the staff workbench at `staffApp` (its /staff/ URL) and waits until it shows who. */
export async function signInToWorkbench(page: Page, staffApp: string, email: string, password: string) {
  await page.goto(`${staffApp}#/anmelden`);
  await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
}

/** Where screenshots go: test-results/portal (git-ignored), kept after the run as artifacts. */
export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test-results',
  'portal',
);

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

const AXE_SOURCE = (require('axe-core') as { source: string }).source;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; returns the
 * serious and critical violations. Injected through DevTools evaluation, which the
 * portal's content security policy (no inline scripts) does not block.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const whole = (globalThis as unknown as { document: unknown }).document;
    const result = await axe.run(whole, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
}

/** The element that has the keyboard focus: tag, text and name. */
export async function focused(page: Page): Promise<{ tag: string; text: string; name: string }> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    return { tag: element?.tagName ?? '', text: element?.textContent ?? '', name: element?.getAttribute('name') ?? '' };
  })()`)) as { tag: string; text: string; name: string };
}

/** No serious or critical axe-core violation on the page as it is now; then its screenshot. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}
