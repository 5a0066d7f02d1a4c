import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, clickRegionOnMap, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

const AREA_TEXT = 'In de Tuinwijk zijn veel ouderen eenzaam sinds het buurthuis dicht is. Bewoners vragen of er weer een ontmoetingsplek kan komen.';
const ANSWER = 'Het wijksteunpunt aan de Kerkstraat is op dinsdagochtend vrij; wij betalen de koffie.';
const PUBLIC_MESSAGE = 'Vanaf volgende week is er elke dinsdag een koffieochtend in het wijksteunpunt aan de Kerkstraat.';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

describe('signals: a resident reports, the connector assesses and refers, the specialist answers, the resident sees the result', () => {
  let e2e: E2E;
  let reference = '';
  let trackingPath = '';
  let signalPath = '';

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('tells a resident before submitting that a daily report goes to the regular channel', async () => {
    const { page } = e2e;
    await page.goto('/?gemeente=GM0748');
    await waitForPage(page, 'Vind uw wijkverbinder');
    await page.getByRole('link', { name: 'Geef een signaal door aan de gemeente' }).click();
    await waitForPage(page, 'Signaal doorgeven');
    expect(await page.title()).toBe('Signaal doorgeven — Schakel');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.locator('svg.region-map').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Wat wilt u de gemeente laten weten?').fill('lantaarnpaal kapot voor mijn deur');
    const notice = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Dit lijkt een dagelijkse melding' }) });
    await notice.waitFor();
    expect(await notice.getByRole('link', { name: /BuitenBeter/ }).getAttribute('href')).toBe('https://www.buitenbeter.nl/');
    expect(await notice.textContent()).toContain('Waarom wij dit denken:');
    // Still allowed to go on: the submit button is there and enabled.
    expect(await page.getByRole('button', { name: 'Signaal versturen' }).isEnabled()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('submits an area issue with a place, a photo and an e-mail address (consent asked), and follows it', async () => {
    const { page } = e2e;
    const text = page.getByLabel('Wat wilt u de gemeente laten weten?');
    await text.fill(AREA_TEXT);
    await page.getByText('Dit lijkt een signaal over uw buurt').waitFor();
    expect(await page.getByRole('heading', { name: 'Dit lijkt een dagelijkse melding' }).count()).toBe(0);

    await clickRegionOnMap(page, 'BU07480102'); // Tuinwijk
    await page.getByText('Gekozen plek: een punt op de kaart in de buurt Tuinwijk.').waitFor();
    expect(await page.getByLabel('Buurt', { exact: true }).inputValue()).toBe('BU07480102');
    await page.setInputFiles('#melding-fotos', { name: 'bankje.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('img', { name: 'Foto 1: bankje.png' }).waitFor();

    await page.getByLabel('E-mailadres').fill('bewoner@example.nl');
    await page.getByRole('button', { name: 'Signaal versturen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Toestemming: geef toestemming om uw gegevens te bewaren, of laat ze leeg.']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.getByRole('checkbox', { name: /toestemming/ }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByRole('checkbox', { name: /toestemming/ }).check();
    await page.getByRole('button', { name: 'Signaal versturen' }).click();
    await waitForPage(page, 'Uw signaal is ontvangen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    reference = (await page.locator('.intake-confirmation .reference').textContent()) ?? '';
    expect(reference).toMatch(/^S-\d{4}-\d{4}$/);
    expect(await page.getByText('U krijgt deze link ook per e-mail').count()).toBe(1);
    await expectNoAxeViolations(page);

    const follow = page.getByRole('link', { name: `Volg signaal ${reference}` });
    trackingPath = (await follow.getAttribute('href')) ?? '';
    expect(trackingPath).toMatch(/^\/volgen\/[A-Za-z0-9_-]{20,}$/);
    await follow.click();
    await waitForPage(page, `Uw signaal ${reference}`);
    await page.getByRole('heading', { name: 'Status: Nieuw' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('voor het gebied Noordelijke wijken');
    expect(await page.getByRole('list', { name: 'Stappen' }).getByRole('listitem').first().textContent()).toContain('(nu)');
    await page.getByText('Nog geen berichten.').waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/volgen/dezelinkbestaatnietmaarisweldertigtekenslang');
    await waitForPage(page, 'Signaal niet gevonden');
    await page.getByText('Wij kunnen geen signaal vinden bij deze volglink.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('the connector finds it in the inbox, assesses it and refers it to a specialist', async () => {
    const { page } = e2e;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    await nav(page, 'Signalen').click();
    await waitForPage(page, 'Signalen');
    const table = page.getByRole('table', { name: /Signalen 1–\d+ van \d+/ });
    const row = table.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Noordelijke wijken');
    const csv = await page.getByRole('link', { name: 'Deze signalen downloaden als CSV-bestand' }).getAttribute('href');
    expect(csv).toBe('/api/v1/signals/export.csv?mine=true&status=open&sort=newest');
    await expectNoAxeViolations(page);

    await page.getByLabel('Zoeken in tekst of kenmerk').fill(reference);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('table', { name: 'Signalen 1–1 van 1' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(reference);

    await row.getByRole('link', { name: reference }).click();
    await waitForPage(page, `Signaal ${reference}`);
    signalPath = new URL(page.url()).pathname;
    const reporter = page.getByRole('region', { name: 'Melder' });
    expect(await reporter.getByRole('link', { name: 'bewoner@example.nl' }).count()).toBe(1);
    await page.getByRole('img', { name: `Foto 1 bij signaal ${reference}` }).waitFor();
    expect(await page.locator('.signal-map circle').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Suggestie bij binnenkomst' }).textContent()).toContain('Wijkvraagstuk');
    await expectNoAxeViolations(page);

    const assessment = page.getByRole('region', { name: 'Beoordeling' });
    await assessment.getByRole('radio', { name: 'Wijkvraagstuk' }).check();
    await assessment.getByRole('checkbox', { name: 'Zorg, welzijn en armoede' }).check();
    await assessment.getByLabel('Prioriteit', { exact: true }).selectOption('high');
    await assessment.getByLabel('Reden voor de prioriteit').fill('Raakt veel ouderen; past in het wijkontwikkelingsprogramma.');
    await assessment.getByRole('checkbox', { name: 'Wijkontwikkelingsprogramma' }).check();
    await assessment.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await assessment.getByText('De beoordeling is opgeslagen.').waitFor();
    expect(await page.locator('.utrecht-paragraph--lead').first().textContent()).toContain('Beoordeeld');

    const referrals = page.getByRole('region', { name: 'Verzoeken aan specialisten' });
    const specialist = referrals.getByLabel('Aan wie vraagt u het?');
    // The triage's specialist for 'sociaal domein' is suggested first, and chosen already.
    const suggested = specialist.locator('optgroup[label="Voorgesteld bij binnenkomst"] option', { hasText: 'Fatima Aarts' });
    await suggested.waitFor({ state: 'attached' });
    const aarts = await suggested.getAttribute('value');
    await expect.poll(() => specialist.inputValue()).toBe(aarts);
    await referrals.getByLabel('Uw vraag').fill('Welke ruimte kan het sociaal domein hiervoor inzetten?');
    await referrals.getByRole('button', { name: 'Verzoek versturen' }).click();
    await referrals.getByText('Verzoek verstuurd aan Fatima Aarts').waitFor();
    const card = referrals.getByRole('article', { name: 'Fatima Aarts, Maatschappelijke Ontwikkeling' });
    expect(await card.textContent()).toContain('Open, nog niet gezien');
    expect(await page.locator('.utrecht-paragraph--lead').first().textContent()).toContain('Doorverwezen / in behandeling');
    const history = await page.getByRole('region', { name: 'Geschiedenis' }).textContent();
    expect(history).toContain('Verzoek aan een specialist');
    expect(history).toContain('Status: Beoordeeld → Doorverwezen / in behandeling');
    await expectNoAxeViolations(page);
  });

  it('shows the open signal on the map and in the table of the area page', async () => {
    const { page } = e2e;
    await nav(page, 'Overzicht').click();
    await waitForPage(page, /Overzicht gebieden/);
    await page.getByRole('region', { name: 'Mijn gebieden' }).getByRole('link', { name: 'Noordelijke wijken' }).click();
    await waitForPage(page, 'Noordelijke wijken');
    const open = page.getByRole('region', { name: 'Open signalen' });
    await open.getByRole('table', { name: 'Open signalen (1)' }).getByRole('link', { name: reference }).waitFor();
    expect(await open.locator('svg.region-map circle').count()).toBe(1);
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  it('the specialist follows the link from the mail, marks it seen and answers in two clicks', async () => {
    const { page, app } = e2e;
    const { rows } = await app.database.owner.query<{ body_text: string }>(
      `select body_text from mail_outbox where recipient = 'f.aarts@bergenopzoom.demo' order by created_at desc limit 1`,
    );
    const mailLink = /\/werk\/verzoeken\/[0-9a-f-]{36}/.exec(rows[0]?.body_text ?? '')?.[0];
    expect(mailLink).toBeDefined();

    await signIn(page, 'f.aarts@bergenopzoom.demo');
    await nav(page, 'Mijn verzoeken').click();
    await waitForPage(page, 'Mijn verzoeken');
    const row = page.getByRole('table', { name: 'Open verzoeken (1)' }).getByRole('row', { name: new RegExp(reference) });
    expect(await row.getByRole('link').getAttribute('href')).toBe(mailLink);
    await expectNoAxeViolations(page);

    await page.goto(mailLink as string);
    await waitForPage(page, `Verzoek over signaal ${reference}`);
    expect(await page.getByRole('main').textContent()).toContain('Welke ruimte kan het sociaal domein hiervoor inzetten?');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Gezien' }).click();
    await page.getByText('U heeft het verzoek als gezien gemarkeerd.').waitFor();

    await page.getByLabel('Antwoord', { exact: true }).fill(ANSWER);
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('U heeft dit verzoek beantwoord.').waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain(ANSWER);
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  it('the connector reads the answer and closes the signal as resolved with a message to the resident', async () => {
    const { page } = e2e;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    await page.goto(signalPath);
    await waitForPage(page, `Signaal ${reference}`);
    const card = page.getByRole('region', { name: 'Verzoeken aan specialisten' }).getByRole('article', { name: /Fatima Aarts/ });
    await card.getByText(ANSWER).waitFor();
    expect(await card.textContent()).toContain('Beantwoord');

    const status = page.getByRole('region', { name: 'Status wijzigen of afsluiten' });
    await status.getByLabel('Nieuwe status').selectOption('closed');
    await status.getByLabel('Hoe wordt het afgesloten?').selectOption('resolved');
    await status.getByLabel('Resultaat (niet verplicht)').fill('Elke dinsdag koffieochtend in het wijksteunpunt.');
    await status.getByLabel('Beginnen met een standaardbericht (niet verplicht)').selectOption('resolved');
    const message = status.getByLabel('Bericht aan de melder (niet verplicht)');
    expect(await message.inputValue()).toContain('Uw signaal is afgerond.');
    await message.fill(PUBLIC_MESSAGE);
    await expectNoAxeViolations(page);
    await status.getByRole('button', { name: 'Signaal afsluiten' }).click();
    await page.getByText('De status is nu: Afgesloten: opgelost.').waitFor();
    const history = await page.getByRole('region', { name: 'Geschiedenis' }).textContent();
    expect(history).toContain('Verzoek beantwoord');
    expect(history).toContain('Status: Doorverwezen / in behandeling → Afgesloten');
    expect(history).toContain(`Bericht aan de melder (op de volgpagina): ${PUBLIC_MESSAGE}`);
    await page.getByRole('heading', { name: 'Heropenen', level: 2 }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('hands a daily report to the regular channel in one click', async () => {
    const { page } = e2e;
    const submitted = await page.request.post('/api/v1/signals', {
      data: { municipality: 'GM0748', text: 'lantaarnpaal kapot voor nummer 12, al een week donker', neighbourhoodCode: 'BU07480102' },
    });
    expect(submitted.status()).toBe(201);
    const { id, reference: dailyReference } = (await submitted.json()) as { id: string; reference: string };
    await page.goto(`/werk/signalen/${id}`);
    await waitForPage(page, `Signaal ${dailyReference}`);
    const handoff = page.getByRole('region', { name: 'Dagelijkse melding' });
    await handoff.getByRole('button', { name: 'Doorzetten naar BuitenBeter-app' }).click();
    await handoff.getByText(/^Doorgezet naar BuitenBeter-app op /).waitFor();
    expect(await page.locator('.utrecht-paragraph--lead').first().textContent()).toContain('Afgesloten: doorgezet naar het meldkanaal');
    await expectNoAxeViolations(page);
  });

  it('finds the right colleague in the wegwijzer and sees recurring problems', async () => {
    const { page } = e2e;
    await nav(page, 'Wegwijzer').click();
    await waitForPage(page, 'Wegwijzer');
    await page.getByLabel('Uw vraag').fill('wie gaat over speeltoestellen in Halsteren?');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const answer = page.getByRole('region', { name: /gevonden/ });
    await answer.getByRole('article').first().waitFor();
    expect(await answer.getByRole('article').first().getByRole('heading').textContent()).toBe('Eline Vermeulen');
    expect(await answer.textContent()).toContain('Halsteren');
    await expectNoAxeViolations(page);

    await nav(page, 'Signalen').click();
    await waitForPage(page, 'Signalen');
    await page.getByRole('link', { name: 'Terugkerende problemen' }).click();
    await waitForPage(page, 'Terugkerende problemen');
    await page.getByRole('region', { name: /Stadsniveau/ }).getByText(/Geen thema|Thema’s in opkomst/).first().waitFor();
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  it('the resident’s tracking page shows the result and the message', async () => {
    const { page } = e2e;
    await page.goto(trackingPath);
    await waitForPage(page, `Uw signaal ${reference}`);
    await page.getByRole('heading', { name: 'Status: Afgesloten — opgelost' }).waitFor();
    const messages = page.getByRole('region', { name: 'Berichten van de gemeente' });
    expect(await messages.textContent()).toContain(PUBLIC_MESSAGE);
    expect(await messages.locator('time').first().textContent()).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    expect(await page.getByRole('main').textContent()).not.toContain(ANSWER);
    await expectNoAxeViolations(page);
  });

  it('a partner enters a signal on behalf of residents; a coordinator adjusts a standard message', async () => {
    const { page } = e2e;
    await signIn(page, 'partner@bergenopzoom.demo');
    await nav(page, 'Signalen').click();
    await waitForPage(page, 'Signalen');
    await page.getByRole('link', { name: 'Signaal vastleggen' }).click();
    await waitForPage(page, 'Signaal vastleggen');
    await page.getByLabel('Namens wie (niet verplicht)').fill('bewoners van de Noordgeest');
    await page.getByLabel('Het signaal').fill('Na het spreekuur: bewoners van de Noordgeest willen een buurtpreventieteam starten.');
    await page.getByLabel('Buurt (niet verplicht)').selectOption('BU07480103');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await waitForPage(page, /^Signaal S-\d{4}-\d{4}$/);
    await page.getByText(/is vastgelegd\./).waitFor();
    expect(await page.locator('.utrecht-paragraph--lead').first().textContent()).toContain('Noordelijke wijken');
    expect(await page.getByRole('region', { name: 'Beoordeling' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await signOut(page);

    await signIn(page, 'coordinator@bergenopzoom.demo');
    await nav(page, 'Standaardberichten').click();
    await waitForPage(page, 'Standaardberichten');
    const resolved = page.getByRole('region', { name: 'Afgerond' });
    await resolved.getByLabel('Tekst').fill('Uw signaal is afgerond. Dank voor uw melding: zo weten wij wat er speelt in de wijk.');
    await resolved.getByRole('button', { name: /Opslaan/ }).click();
    await resolved.getByText('‘Afgerond’ is opgeslagen.').waitFor();
    await expectNoAxeViolations(page);
    expect(e2e.pageErrors).toEqual([]);
  });
});
