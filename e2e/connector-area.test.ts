import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectNoAxeViolations, startE2E, waitForPage } from './helpers.js';

describe('a wijkverbinder opens their own area', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('signs in, with errors per field and in a summary first', async () => {
    const { page } = e2e;
    await page.goto('/werk');
    // Signed out: the staff pages send you to the sign-in page, and back afterwards.
    await waitForPage(page, 'Inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/werk');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Vul uw e-mailadres in.', 'Vul uw wachtwoord in.']);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('E-mailadres').fill('wijkverbinder@bergenopzoom.demo');
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await waitForPage(page, 'Overzicht gebieden Bergen op Zoom');
    expect(await page.getByRole('banner').textContent()).toContain('Sanne Rijnders');
    expect(await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).count()).toBe(1);
  });

  it('finds their area first under "Mijn gebieden" and opens it', async () => {
    const { page } = e2e;
    const mine = page.getByRole('region', { name: 'Mijn gebieden' });
    const first = mine.getByRole('link').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Noordelijke wijken');
    await page.locator('svg.region-map').waitFor();
    await expectNoAxeViolations(page);

    await first.click();
    await waitForPage(page, 'Noordelijke wijken');
    expect(await page.title()).toBe('Noordelijke wijken — Schakel');
    // After a route change the new page's heading has focus, so a screen reader announces it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const people = page.getByRole('region', { name: 'Wie werken voor dit gebied' });
    const peopleText = await people.textContent();
    expect(peopleText).toContain('Sanne Rijnders');
    expect(peopleText).toContain('4 uur per week');
    expect(peopleText).toContain('Jolanda Buijs'); // wijkwethouder
    expect(peopleText).toContain('Joost de Vries'); // wijkadviseur

    const neighbourhoods = page.getByRole('table', { name: 'Buurten van Noordelijke wijken' });
    const tuinwijk = neighbourhoods.getByRole('row', { name: /Tuinwijk/ });
    await tuinwijk.waitFor();
    expect(await tuinwijk.textContent()).toContain('BU07480102');
    expect(await neighbourhoods.getByRole('row').count()).toBe(5); // header + 4 buurten

    const preview = page.getByRole('region', { name: 'Publieke contactkaart' });
    await preview.getByRole('region', { name: 'Uw wijkverbinder: Sanne Rijnders' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('signs out', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    expect(e2e.pageErrors).toEqual([]);
  });
});
