import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
}

interface RoleDashboard {
  periods: { key: string; totalMinutes: number; minutes: Record<string, number> }[];
}

describe('the connector’s work made visible', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('a connector logs three activities and sees the dashboard change', async () => {
    const { page } = e2e;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { id: string };
    const dashboard = async () => (await (await page.request.get(`/api/v1/dashboard/roles?userId=${me.id}`)).json()) as RoleDashboard;
    const before = (await dashboard()).periods.at(-1);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
    await waitForPage(page, 'Activiteiten');
    const form = page.getByRole('form', { name: 'Activiteit vastleggen' });
    await form.getByLabel('Gebied').waitFor();
    await expect.poll(() => form.getByLabel('Gebied').inputValue()).not.toBe('');
    await expectNoAxeViolations(page);

    // 1. A meeting: Schakel proposes facilitating, the connector confirms it.
    await form.getByRole('radio', { name: 'Overleg of bijeenkomst' }).check();
    expect(await form.getByRole('radio', { name: /^Faciliteren \(voorgesteld\)/ }).isChecked()).toBe(true);
    await form.getByLabel('Duur').selectOption({ label: '1 u 30 min' });
    await form.getByLabel('Korte notitie (niet verplicht)').fill('Wijkoverleg met de wijkcommissie en Stadlander.');
    await form.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd: overleg of bijeenkomst van 1 u 30 min als faciliteren.' }).waitFor();

    // 2. A call that was really fixing a single issue: the connector overrules the proposal.
    await form.getByRole('radio', { name: 'Telefoongesprek' }).check();
    await form.getByRole('radio', { name: /^Oplossen \(fixer\)/ }).check();
    await form.getByLabel('Duur').selectOption({ label: '30 min' });
    await form.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd: telefoongesprek van 30 min als oplossen (fixer).' }).waitFor();

    // 3. A visit, exploring.
    await form.getByRole('radio', { name: 'Bezoek of schouw' }).check();
    await form.getByLabel('Duur').selectOption({ label: '1 u' });
    await form.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd: bezoek of schouw van 1 u als verkennen.' }).waitFor();
    await page.getByRole('table', { name: /Mijn activiteiten/ }).getByText('Wijkoverleg met de wijkcommissie en Stadlander.').waitFor();
    await expectNoAxeViolations(page);

    const after = (await dashboard()).periods.at(-1);
    expect(after?.key).toBe(before?.key);
    expect((after?.totalMinutes ?? 0) - (before?.totalMinutes ?? 0)).toBe(180);
    expect((after?.minutes.fixing ?? 0) - (before?.minutes.fixing ?? 0)).toBe(30);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rolinvulling' }).click();
    await waitForPage(page, 'Rolinvulling en uren');
    const table = page.getByRole('table', { name: /Aandeel tijd per rol, per week/ });
    await table.waitFor();
    const lastRow = table.getByRole('row').last();
    const hours = Math.floor((after?.totalMinutes ?? 0) / 60);
    const rest = (after?.totalMinutes ?? 0) % 60;
    expect(await lastRow.getByRole('cell').first().textContent()).toBe(rest ? `${hours} u ${rest} min` : `${hours} u`);
    expect(await page.getByTestId('fixer-summary').textContent()).toMatch(/^Aandeel oplossen \(fixer\) in deze periode: [\d,]+%\. Het aandeel/);
    await page.getByRole('table', { name: /Uren besteed \/ begroot/ }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('a coordinator sees a stopped dorpsraad’s fallback and hands an area over in one action', async () => {
    const { page } = e2e;
    await signOut(page);
    await signIn(page, 'coordinator@bergenopzoom.demo');
    await page.getByRole('link', { name: 'Lepelstraat' }).first().click();
    await waitForPage(page, 'Lepelstraat');
    await page.getByText('Dorpsraad Lepelstraat is gestopt').waitFor();
    expect(await page.locator('.notice-fallback').first().textContent()).toContain('opbouwwerker Karin Smits (WijZijn Traversegroep) en wijkadviseur Joost de Vries');

    await page.goto('/werk');
    await waitForPage(page, /Overzicht gebieden/);
    await page.getByRole('table').getByRole('link', { name: 'Halsteren' }).click();
    await waitForPage(page, 'Halsteren');
    await page.getByRole('link', { name: 'Gebied overdragen' }).click();
    await waitForPage(page, 'Overdracht van Halsteren');
    await page.getByLabel('Opvolger', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // Submitting without a successor: the error summary takes focus.
    await page.getByRole('button', { name: 'Gebied overdragen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Opvolger: kies een wijkverbinder.' }).waitFor();

    await page.getByLabel('Opvolger', { exact: true }).selectOption({ label: 'Lotte Mertens (Maatschappelijke Ontwikkeling)' });
    await page.getByLabel('Notitie voor de opvolger (niet verplicht)').fill('Rob gaat met verlof; Lotte neemt Halsteren erbij.');
    await page.getByRole('button', { name: 'Gebied overdragen' }).click();
    await page.getByRole('status').filter({ hasText: 'Halsteren is overgedragen van Rob Suijkerbuijk aan Lotte Mertens.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Open werk voor Lotte Mertens' }).waitFor();
    await expectNoAxeViolations(page);

    const areas = (await (await page.request.get('/api/v1/areas')).json()) as { id: string; name: string }[];
    const halsteren = areas.find((area) => area.name === 'Halsteren');
    await expect
      .poll(async () => ((await (await page.request.get(`/api/v1/public/areas/${halsteren?.id}`)).json()) as { card: { connectors: { name: string }[] } }).card.connectors.map((c) => c.name), {
        timeout: 5000,
      })
      .toEqual(['Lotte Mertens']);
  });

  it('a coordinator reads which departments leave requests waiting, and the partner network with its timeline', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Reactiesnelheid' }).click();
    await waitForPage(page, 'Reactiesnelheid van afdelingen');
    const departments = page.getByRole('table', { name: 'Reactiesnelheid per afdeling' });
    await departments.waitFor();
    expect(await departments.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Handhaving', 'Stedelijke Ontwikkeling']));
    await page.getByRole('table', { name: 'Reactiesnelheid per specialist' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partners' }).click();
    await waitForPage(page, 'Partners');
    await page.getByRole('link', { name: 'WijZijn Traversegroep' }).click();
    await waitForPage(page, 'WijZijn Traversegroep');
    await page.getByRole('table', { name: 'Contactpersonen van WijZijn Traversegroep' }).waitFor();
    await page.getByRole('table', { name: 'Wensen per gebied' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Tijdlijn van WijZijn Traversegroep' }).click();
    await waitForPage(page, 'Tijdlijn van WijZijn Traversegroep');
    await page.getByRole('heading', { level: 2, name: /gebeurtenissen/ }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('a colleague finds the connector of a buurt, with the four roles explained', async () => {
    const { page } = e2e;
    await signOut(page);
    await signIn(page, 'specialist@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wie is de wijkverbinder?' }).click();
    await waitForPage(page, 'Wie is de wijkverbinder?');
    await page.getByRole('heading', { level: 2, name: 'Wat doet de wijkverbinder?' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Gebied, buurt of straat').fill('Tuinwijk');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('status').filter({ hasText: '1 gebied gevonden voor “Tuinwijk”.' }).waitFor();
    const area = page.getByRole('region', { name: 'Noordelijke wijken' });
    await area.getByRole('heading', { level: 3, name: 'Sanne Rijnders, wijkverbinder' }).waitFor();
    expect(await area.textContent()).toContain('Maandag en donderdag. Spreekuur dinsdag 10–12 uur');
    expect(await area.textContent()).toContain('4 uur per week');
    await expectNoAxeViolations(page);
  });
});
