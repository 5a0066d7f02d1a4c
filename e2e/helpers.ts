import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { type TestApp, buildTestApp } from '../test/app.js';

export interface E2E {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: a flow that throws in the browser fails, even when the screen looks right. */
  pageErrors: string[];
  close: () => Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The real app (demo data: Bergen op Zoom, Den Helder, Ridderkerk) on a free port, serving the built web
 * app from dist/web, and a Chromium page pointed at it.
 */
export async function startE2E(): Promise<E2E> {
  // Plain http on 127.0.0.1: the session cookie cannot be Secure here.
  const app = await buildTestApp({ template: 'demo', config: { cookieSecure: false } });
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  return {
    app,
    baseUrl,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close().catch(() => {});
      await app.close();
    },
  };
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const lines = result.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  ]);
  expect(lines, `axe on ${page.url()}`).toEqual([]);
}

/** Waits until the page shows an h1 with this name, and returns it. */
export async function waitForPage(page: Page, h1: string | RegExp): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 1, name: h1 });
  await heading.waitFor();
  return heading;
}

export async function signIn(page: Page, email: string, password = 'demo'): Promise<void> {
  await page.goto('/inloggen');
  await waitForPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await waitForPage(page, /Overzicht gebieden/);
}

/**
 * Clicks a neighbourhood on an SVG map with the mouse, at a point inside its shape that no other shape
 * covers (CBS shapes are irregular: the middle of the bounding box may lie outside).
 */
export async function clickRegionOnMap(page: Page, code: string): Promise<void> {
  const region = page.locator(`svg.region-map path[data-code="${code}"]`);
  await region.scrollIntoViewIfNeeded();
  const point = await region.evaluate((element) => {
    const shape = element as SVGPathElement;
    const box = shape.getBBox();
    const matrix = shape.getScreenCTM();
    if (!matrix) return null;
    const candidates: { x: number; y: number; distance: number }[] = [];
    const steps = 24;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const local = new DOMPoint(box.x + (box.width * i) / steps, box.y + (box.height * j) / steps);
        if (!shape.isPointInFill(local)) continue;
        const screen = local.matrixTransform(matrix);
        if (document.elementFromPoint(screen.x, screen.y) !== shape) continue;
        const distance = Math.hypot(i - steps / 2, j - steps / 2);
        candidates.push({ x: screen.x, y: screen.y, distance });
      }
    }
    candidates.sort((a, b) => a.distance - b.distance);
    return candidates[0] ?? null;
  });
  if (!point) throw new Error(`no clickable point inside ${code} on the map`);
  await page.mouse.click(point.x, point.y);
}
