import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, clickRegionOnMap, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

interface LookupMatch {
  type: string;
  name: string;
  card: { connectors: { name: string }[] };
}

describe('an administrator makes a new area from neighbourhoods', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('frees a neighbourhood by shrinking Lepelstraat', async () => {
    const { page } = e2e;
    await signIn(page, 'beheerder@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebieden beheren' }).click();
    await waitForPage(page, 'Gebieden beheren');
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Wijzigen Lepelstraat' }).click();
    await waitForPage(page, 'Lepelstraat wijzigen');
    const kladde = page.getByRole('checkbox', { name: /Verspreide huizen Kladde/ });
    await kladde.waitFor();
    expect(await kladde.isChecked()).toBe(true);
    // A neighbourhood of another area cannot be taken, and says where it belongs. Districts with
    // nothing to choose start folded.
    await page.locator('summary', { hasText: 'WK074801' }).click();
    const tuinwijk = page.getByRole('checkbox', { name: /Tuinwijk/ });
    expect(await tuinwijk.isDisabled()).toBe(true);
    expect(await page.locator(`#${await tuinwijk.getAttribute('aria-describedby')}`).textContent()).toBe('hoort bij Noordelijke wijken');
    await expectNoAxeViolations(page);

    await kladde.uncheck();
    await page.getByRole('button', { name: 'Gebied opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen van Lepelstraat zijn opgeslagen.' }).waitFor();
    const areas = (await (await page.request.get('/api/v1/areas')).json()) as { name: string; regionCodes: string[] }[];
    expect(areas.find((area) => area.name === 'Lepelstraat')?.regionCodes).toEqual(['BU07480500', 'BU07480508', 'BU07480509']);
  });

  it('creates "Kladde" from the freed neighbourhood, picked on the map', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Gebieden beheren' }).first().click();
    await waitForPage(page, 'Gebieden beheren');
    await page.getByRole('link', { name: 'Nieuw gebied' }).click();
    await waitForPage(page, 'Nieuw gebied');
    const kladde = page.getByRole('checkbox', { name: /Verspreide huizen Kladde/ });
    await kladde.waitFor();
    await expect.poll(() => kladde.isDisabled()).toBe(false);
    await expectNoAxeViolations(page);

    // Submitting an empty form: the errors, from the shared schema, in a summary that has focus.
    await page.getByRole('button', { name: 'Gebied aanmaken' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Naam: vul dit veld in.');
    expect(await summary.textContent()).toContain('Kies minstens één buurt.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Naam', { exact: true }).fill('Kladde');
    await page.getByRole('radio', { name: 'Kern (dorp)' }).check();
    await clickRegionOnMap(page, 'BU07480507');
    await expect.poll(() => kladde.isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'buurt gekozen' }).textContent()).toBe('1 buurt gekozen.');
    await page.getByRole('button', { name: 'Gebied aanmaken' }).click();

    await waitForPage(page, 'Kladde wijzigen');
    await page.getByRole('status').filter({ hasText: 'Gebied Kladde is aangemaakt.' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('assigns a wijkverbinder to Kladde', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: 'Wijkverbinder toevoegen' }).click();
    await page.getByLabel('Wijkverbinder 1').selectOption({ label: 'Lotte Mertens — Beleidsmedewerker sport' });
    await page.getByLabel('Uren per week').fill('2');
    await page.getByRole('button', { name: 'Mensen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De mensen van Kladde zijn opgeslagen.' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows the new area in the list and in the public lookup', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebieden beheren' }).click();
    await waitForPage(page, 'Gebieden beheren');
    const row = page.getByRole('row', { name: /Kladde/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['kern', '1', 'Lotte Mertens']);

    // The public index reloads on the database's change notification.
    await expect
      .poll(
        async () => {
          const response = await page.request.get('/api/v1/lookup?q=Kladde&municipality=GM0748');
          const { matches } = (await response.json()) as { matches: LookupMatch[] };
          return matches.find((match) => match.type === 'area')?.card.connectors.map((c) => c.name) ?? null;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toEqual(['Lotte Mertens']);
    expect(e2e.pageErrors).toEqual([]);
  });
});
