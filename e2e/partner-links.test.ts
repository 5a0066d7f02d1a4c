import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
}

describe('partner accounts and contact persons on activities', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    expect(e2e?.pageErrors ?? []).toEqual([]);
    await e2e?.close();
  });

  it('an administrator links a partner account to its organisation, and the organisation page lists it', async () => {
    const { page } = e2e;
    await signIn(page, 'beheerder@bergenopzoom.demo');
    await page.goto('/werk/beheer/mensen/nieuw');
    await waitForPage(page, 'Persoon toevoegen');
    await page.getByLabel('E-mailadres').fill('p.degroot@stadlander.demo');
    await page.getByLabel('Naam', { exact: true }).fill('Pieter de Groot');
    // Without the partner role there is nothing to link, and the form says so.
    await page.getByText('alleen voor accounts met de rol Partner').waitFor();
    expect(await page.getByLabel('Organisatie van dit partneraccount').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Partner', exact: true }).check();
    await page.getByLabel('Organisatie van dit partneraccount').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await waitForPage(page, 'Mensen');
    const row = page.getByRole('row', { name: /Pieter de Groot/ });
    await row.getByRole('cell', { name: 'Nog niet gekoppeld' }).waitFor();

    await row.getByRole('link', { name: /Pieter de Groot/ }).click();
    await waitForPage(page, 'Pieter de Groot wijzigen');
    const organisation = page.getByLabel('Organisatie van dit partneraccount');
    await expect.poll(() => organisation.isEnabled()).toBe(true);
    await organisation.selectOption({ label: 'Stadlander' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Mensen' }).first().click();
    await waitForPage(page, 'Mensen');
    await page
      .getByRole('row', { name: /Pieter de Groot/ })
      .getByRole('cell', { name: 'Stadlander', exact: true })
      .waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('link', { name: 'Stadlander', exact: true }).click();
    await waitForPage(page, 'Stadlander');
    const accounts = page.getByRole('region', { name: 'Partneraccounts' });
    await accounts.getByRole('link', { name: 'Pieter de Groot' }).waitFor();
    await expectNoAxeViolations(page);

    const audit = (await (await page.request.get('/api/v1/audit-log?limit=5')).json()) as { action: string; details: { organisation?: { to: string } } }[];
    expect(audit.find((entry) => entry.action === 'user.update')?.details.organisation?.to).toBeTruthy();
    await signOut(page);
  });

  it('a connector logs an activity with contact persons, sees them on it, and removes one when editing', async () => {
    const { page } = e2e;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
    await waitForPage(page, 'Activiteiten');
    const form = page.getByRole('form', { name: 'Activiteit vastleggen' });
    await expect.poll(() => form.getByLabel('Gebied').inputValue()).not.toBe('');

    // First the contacts of the organisation chosen in the form, then anyone of the municipality by name.
    await form.getByRole('checkbox', { name: 'Stadlander', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Mark Verschuren' }).check();
    const search = form.getByRole('combobox', { name: 'Andere contactpersoon zoeken' });
    await search.fill('Henk');
    await page.getByRole('option', { name: /Henk Peeters/ }).click();
    const chosen = form.getByRole('list', { name: 'Gekozen contactpersonen' });
    await chosen.getByRole('button', { name: 'Verwijderen (Henk Peeters)' }).waitFor();
    await chosen.getByRole('button', { name: 'Verwijderen (Mark Verschuren)' }).waitFor();
    expect(await search.inputValue()).toBe('');
    await expectNoAxeViolations(page);

    await form.getByLabel('Korte notitie (niet verplicht)').fill('Kennismaking met de wijkconsulent en de wijkcommissie.');
    await form.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd: contact (gesprek) van 1 u als informeren, met Henk Peeters en Mark Verschuren.' }).waitFor();
    const logged = page.getByRole('table', { name: /Mijn activiteiten/ }).getByRole('row', { name: /Kennismaking met de wijkconsulent/ });
    await logged.getByText('Henk Peeters, Mark Verschuren').waitFor();
    await logged.getByText('Stadlander').waitFor();

    await logged.getByRole('button', { name: /^Wijzigen/ }).click();
    const editForm = page.getByRole('form', { name: 'Activiteit wijzigen' });
    await page.getByRole('heading', { level: 2, name: /^Activiteit van .* wijzigen$/ }).waitFor();
    await editForm.getByRole('list', { name: 'Gekozen contactpersonen' }).getByRole('listitem').nth(1).waitFor();
    await expectNoAxeViolations(page);
    await editForm.getByRole('button', { name: 'Verwijderen (Henk Peeters)' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /De activiteit van .* is gewijzigd\./ })
      .waitFor();
    await page.getByRole('form', { name: 'Activiteit vastleggen' }).waitFor();
    const edited = page.getByRole('table', { name: /Mijn activiteiten/ }).getByRole('row', { name: /Kennismaking met de wijkconsulent/ });
    await edited.getByText('Mark Verschuren').waitFor();
    expect(await edited.getByText('Henk Peeters').count()).toBe(0);
    await expectNoAxeViolations(page);

    const mine = (await (await page.request.get('/api/v1/activities?mine=true&limit=1')).json()) as { items: { note: string; contacts: { name: string }[] }[] };
    expect(mine.items[0]).toMatchObject({ note: 'Kennismaking met de wijkconsulent en de wijkcommissie.', contacts: [{ name: 'Mark Verschuren' }] });
  });
});
