import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, clickRegionOnMap, expectNoAxeViolations, startE2E, waitForPage } from './helpers.js';

describe('a resident finds the wijkverbinder of their neighbourhood', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('types part of a name and picks the suggestion with the keyboard', async () => {
    const { page } = e2e;
    await page.goto('/');
    await waitForPage(page, 'Vind uw wijkverbinder');
    expect(await page.title()).toBe('Vind uw wijkverbinder — Schakel');
    await page.locator('svg.region-map').waitFor();
    await expectNoAxeViolations(page);

    const search = page.getByRole('combobox', { name: 'Naam van uw buurt, wijk of kern' });
    await search.focus();
    await search.pressSequentially('Tuinw');
    const suggestion = page.getByRole('option', { name: /Tuinwijk/ });
    await suggestion.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page);

    await search.press('ArrowDown');
    await expect.poll(() => suggestion.getAttribute('aria-selected')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await suggestion.getAttribute('id'));
    await search.press('Enter');

    const card = page.getByRole('region', { name: 'Uw wijkverbinder: Sanne Rijnders' });
    await card.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await search.inputValue()).toBe('Tuinwijk');
    expect(await card.textContent()).toContain('Noordelijke wijken');
    expect(await card.getByRole('link', { name: 'wijkverbinder@bergenopzoom.demo' }).getAttribute('href')).toBe(
      'mailto:wijkverbinder@bergenopzoom.demo',
    );
    expect(await card.getByRole('link', { name: '0164 277 101' }).getAttribute('href')).toBe('tel:0164277101');
    expect(await card.getByRole('heading', { name: /Voor dagelijkse meldingen/ }).count()).toBe(1);
    expect(await card.getByRole('link', { name: /BuitenBeter/ }).getAttribute('href')).toBe('https://www.buitenbeter.nl/');
    // Screen reader users hear the result without having to look for it.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sanne Rijnders' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('clicks a neighbourhood on the map and gets the card of its area', async () => {
    const { page } = e2e;
    await page.goto('/?gemeente=GM0748');
    await waitForPage(page, 'Vind uw wijkverbinder');
    await page.locator('svg.region-map').waitFor();

    await clickRegionOnMap(page, 'BU07480400'); // Halsteren-Centrum
    const card = page.getByRole('region', { name: 'Uw wijkverbinder: Rob Suijkerbuijk' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Halsteren');
    expect(await page.getByText('Resultaat voor buurt Halsteren-Centrum').count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('offers the same areas without a mouse: the list next to the map', async () => {
    const { page } = e2e;
    const area = page.getByRole('button', { name: /Lepelstraat/ });
    await area.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Uw wijkverbinder: Lotte Mertens' }).waitFor();
    expect(await area.getAttribute('aria-pressed')).toBe('true');

    // The card links to the area's own public page.
    await page.getByRole('link', { name: 'Meer over Lepelstraat' }).click();
    await waitForPage(page, 'Lepelstraat');
    expect(await page.title()).toBe('Lepelstraat (Bergen op Zoom) — Schakel');
    await page.getByRole('region', { name: 'Uw wijkverbinder: Lotte Mertens' }).waitFor();
    await expectNoAxeViolations(page);
    expect(e2e.pageErrors).toEqual([]);
  });
});
