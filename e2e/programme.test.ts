import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn } from '../test/factories.js';
import { importRealStatistics } from '../test/statistics.js';
import { type E2E, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

const SIGNAL_TEXT = 'Bewoners van de Tuinwijk maken zich zorgen over jongeren die ’s avonds overlast geven bij het winkelcentrum.';
const VISIT_TEXT = 'Een bewoner van de Meilustlaan vertelt dat de stoepen vol staan met geparkeerde auto’s, rolstoelen kunnen er niet langs.';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
}

/** Next year's date in March, so the meeting is always in the future (and in winter time). */
const nextMarch = () => `${new Date().getFullYear() + 1}-03-12`;

describe('programme and meetings: a connector runs the area’s year, residents see it and take part', () => {
  let e2e: E2E;
  let areaId = '';

  beforeAll(async () => {
    e2e = await startE2E();
    const { app, database, config } = e2e.app;
    await importRealStatistics(database.owner, config.sharedDataDir);
    areaId = (await database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Noordelijke wijken'`)).rows[0].id;
    const connector = await apiSignIn(app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const signal = await app.inject({ method: 'POST', url: '/api/v1/signals/staff', headers: connector.headers, payload: { text: SIGNAL_TEXT, channel: 'gesprek', areaId } });
    expect(signal.statusCode, signal.body).toBe(201);
    const schedule = await app.inject({
      method: 'POST',
      url: '/api/v1/office-hours',
      headers: connector.headers,
      payload: { areaId, title: 'Spreekuur wijkverbinder', location: 'Wijksteunpunt Tuinwijk', weekday: 2, startTime: '14:00', endTime: '16:00', startsOn: '2025-01-07', themes: ['veiligheid'] },
    });
    expect(schedule.statusCode, schedule.body).toBe(201);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('plans a leefbaarheidsgesprek whose agenda shows the area’s figures and open signals', async () => {
    const { page } = e2e;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    await page.goto(`/werk/gebieden/${areaId}`);
    await waitForPage(page, 'Noordelijke wijken');
    await page.getByRole('link', { name: 'Leefbaarheidsgesprek of overleg plannen' }).click();
    await waitForPage(page, 'Bijeenkomst plannen');
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('Soort bijeenkomst').inputValue()).toBe('leefbaarheidsgesprek');
    await page.getByLabel('Titel').fill('Leefbaarheidsgesprek Noordelijke wijken');
    await page.getByLabel('Datum').fill(nextMarch());
    await page.getByLabel('Locatie').fill('Wijkcentrum De Mussenberg');
    await page.getByRole('button', { name: 'Plannen en agenda maken' }).click();
    await waitForPage(page, 'Leefbaarheidsgesprek: Leefbaarheidsgesprek Noordelijke wijken');
    expect(await page.getByText(/19:30/).first().isVisible()).toBe(true);
    for (const phase of ['Ontdekken', 'Dromen', 'Ontwerpen', 'Doen']) {
      await page.getByRole('heading', { level: 3, name: new RegExp(`^${phase}`) }).waitFor();
    }
    const agenda = page.getByRole('region', { name: /Agenda/ });
    expect(await agenda.getByText(/^Kengetal .*inwoners/i).first().textContent()).toMatch(/\(gemeente [\d.]+/);
    const signalLink = agenda.getByRole('link', { name: /overlast geven bij het winkelcentrum/ });
    expect(await signalLink.getAttribute('href')).toMatch(/^\/werk\/signalen\//);
    await expectNoAxeViolations(page);
  });

  it('records agreements that appear as actions with an owner and a due date', async () => {
    const { page } = e2e;
    await page.getByLabel('Afspraak', { exact: true }).fill('Jongerenwerk spreekt de groep bij het winkelcentrum aan');
    await page.getByLabel('Eigenaar: een collega').selectOption({ label: 'Sanne Rijnders (Stedelijke Ontwikkeling)' });
    await page.getByLabel('Vóór (datum)').fill(`${new Date().getFullYear() + 1}-04-30`);
    await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    const table = page.getByRole('table', { name: 'Afspraken van deze bijeenkomst' });
    await table.getByRole('rowheader', { name: 'Jongerenwerk spreekt de groep bij het winkelcentrum aan' }).waitFor();
    expect(await table.getByRole('cell', { name: 'Sanne Rijnders' }).count()).toBe(1);
    // An agreement without an owner is refused, with the error next to the field.
    await page.getByLabel('Afspraak', { exact: true }).fill('Iemand regelt extra verlichting');
    await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Eigenaar: kies een collega/ }).waitFor();
    await page.getByLabel('Of: naam van de eigenaar (partner, bewoner)').fill('Stadlander');
    await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await table.getByRole('cell', { name: 'Stadlander' }).waitFor();
    // Information supply: the safety specialist is suggested on the theme of the open signal.
    const invitations = page.getByRole('region', { name: 'Informatie: wie komt vertellen' });
    await invitations.getByRole('button', { name: /^Uitnodigen: Ruud Hendrikx/ }).first().click();
    await invitations.getByText(/Ruud Hendrikx \(Veiligheid\) over/).first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bijeenkomsten', exact: true }).click();
    await waitForPage(page, 'Bijeenkomsten');
    const mine = page.getByRole('table', { name: 'Afspraken waarvan u eigenaar bent' });
    await mine.getByRole('rowheader', { name: /Jongerenwerk spreekt de groep/ }).waitFor();
    await mine.getByRole('button', { name: /^Gedaan\W+Jongerenwerk/ }).click();
    await page.getByText('Geen openstaande afspraken op uw naam.').waitFor();
    const coverage = page.getByRole('table', { name: 'Welke gebieden hun jaarlijkse leefbaarheidsgesprek hadden' });
    expect(await coverage.getByRole('row', { name: /Noordelijke wijken/ }).getByRole('cell', { name: 'Gepland' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('turns a spreekuur visit into a signal in one step', async () => {
    const { page } = e2e;
    await page.goto(`/werk/gebieden/${areaId}/programma`);
    await waitForPage(page, 'Wijkprogramma Noordelijke wijken');
    const projects = page.getByRole('table', { name: 'Projecten van gemeente en partners' });
    await projects.getByRole('rowheader', { name: /Speelplek Meilust vernieuwen/ }).waitFor();
    expect(await projects.getByText('wijkt af').count()).toBeGreaterThan(0);
    await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Speelplek Meilust vernieuwen' });
    await page.getByLabel('Mijlpaal “Aanleg”: procent gereed').fill('80');
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await projects.getByText(/Aanleg 80%/).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`/werk/gebieden/${areaId}/spreekuren`);
    await waitForPage(page, 'Spreekuren Noordelijke wijken');
    await page.getByText(/Spreekuur wijkverbinder.*elke dinsdag 14:00–16:00, Wijksteunpunt Tuinwijk/).waitFor();
    await page.getByLabel('Spreekuur', { exact: true }).selectOption({ label: 'Spreekuur wijkverbinder' });
    await page.getByLabel('Vraag of signaal van de bezoeker').fill(VISIT_TEXT);
    await page.getByLabel('Namens wie (niet verplicht)').fill('bewoner Meilustlaan');
    await page.getByLabel('Signaal', { exact: true }).check();
    await page.getByRole('button', { name: 'Bezoek vastleggen' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: /Bezoek vastgelegd als signaal S-\d{4}-\d{4}/ });
    await confirmation.waitFor();
    const log = page.getByRole('table', { name: 'Bezoeken aan het spreekuur' });
    const link = log.getByRole('link', { name: /^signaal S-/ });
    await link.waitFor();
    await expectNoAxeViolations(page);
    await link.click();
    await page.getByText(VISIT_TEXT).first().waitFor();
    await page.getByText('Spreekuur').first().waitFor();
    await signOut(page);
  });

  it('lets a resident submit an initiative on the area page and follow it with the tracking link', async () => {
    const { page } = e2e;
    await page.goto(`/gebied/${areaId}`);
    await waitForPage(page, 'Noordelijke wijken');
    await page.getByRole('heading', { level: 2, name: 'Spreekuren en bijeenkomsten' }).waitFor();
    await page.getByText(/Spreekuur wijkverbinder.*Wijksteunpunt Tuinwijk/).first().waitFor();
    await page.getByText(/^Leefbaarheidsgesprek Noordelijke wijken: .* om 19:30/).waitFor();
    expect(await page.getByRole('link', { name: /in uw eigen agenda \(iCalendar\)/ }).getAttribute('href')).toContain(`/api/v1/areas/${areaId}/calendar.ics`);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Dien uw initiatief in' }).click();
    await waitForPage(page, 'Bewonersinitiatief indienen');
    await expectNoAxeViolations(page);
    await page.getByLabel('Titel van uw idee').fill('Buurtmoestuin Tuinwijk');
    await page.getByLabel('Uw idee', { exact: true }).fill('Op het braakliggende stuk aan de Dahliastraat een moestuin beginnen met de buurt.');
    await page.getByLabel('Bedrag dat u nodig denkt te hebben, in euro (niet verplicht)').fill('1.500');
    await page.getByLabel('E-mailadres').fill('fatma@example.nl');
    // Without consent the form says why, next to the checkbox.
    await page.getByRole('button', { name: 'Initiatief indienen' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Toestemming/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Initiatief indienen' }).click();
    await waitForPage(page, 'Uw initiatief is ontvangen');
    const reference = (await page.getByText(/BI-\d{4}-\d{4}/).first().textContent())?.match(/BI-\d{4}-\d{4}/)?.[0] ?? '';
    expect(reference).toMatch(/^BI-/);
    await page.getByRole('link', { name: `Volg uw initiatief ${reference}` }).click();
    await waitForPage(page, 'Uw initiatief: Buurtmoestuin Tuinwijk');
    await page.getByText(/Status: Ontvangen/).waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Ontvangen');
    await expectNoAxeViolations(page);
  });

  it('shows the initiator the connector’s intake and message, never the internal notes', async () => {
    const { page } = e2e;
    const trackingPath = new URL(page.url()).pathname;
    await signIn(page, 'wijkverbinder@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Initiatieven', exact: true }).click();
    await waitForPage(page, 'Bewonersinitiatieven');
    await page.getByRole('link', { name: /Buurtmoestuin Tuinwijk/ }).click();
    await waitForPage(page, /Buurtmoestuin Tuinwijk/);
    await page.getByText('fatma@example.nl', { exact: false }).waitFor();
    await page.getByLabel('Verslag van het gesprek (intern)').fill('Zes huishoudens doen mee; grond is van de gemeente.');
    await page.getByLabel('Bericht aan de initiatiefnemer (niet verplicht)').fill('Fijn dat we elkaar spraken. Ik zoek uit wat kan.');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.getByText(/Kennismakingsgesprek\. Ontvangen/).waitFor();
    await expectNoAxeViolations(page);
    await signOut(page);
    await page.goto(trackingPath);
    await waitForPage(page, 'Uw initiatief: Buurtmoestuin Tuinwijk');
    await page.getByText('Fijn dat we elkaar spraken. Ik zoek uit wat kan.').waitFor();
    expect(await page.getByText(/Zes huishoudens/).count()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows the wijkwethouder the college view, and lets a coordinator adopt a neighbour’s published method, adapt its steps and add the next college term', async () => {
    const { page, app } = e2e;
    await signIn(page, 'wethouder@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'College', exact: true }).click();
    await waitForPage(page, 'Wijkwethouder en college');
    await page.getByRole('heading', { level: 3, name: 'Noordelijke wijken' }).waitFor();
    await page.getByText('Eenzaamheid onder ouderen in Tuinwijk').waitFor();
    await page.getByRole('heading', { level: 2, name: /^Collegebezoeken/ }).waitFor();
    await expectNoAxeViolations(page);
    await signOut(page);

    const ridderkerk = await apiSignIn(app.app, 'beheerder@ridderkerk.demo', 'demo');
    const templates = (await app.app.inject({ url: '/api/v1/methods/templates', headers: ridderkerk.headers })).json();
    const handbook = templates.find((t: { kind: string }) => t.kind === 'wop_handbook');
    await app.app.inject({ method: 'PATCH', url: `/api/v1/methods/templates/${handbook.id}`, headers: ridderkerk.headers, payload: { name: 'Van de wijk voor de wijk (Ridderkerk)', isPublished: true } });
    await signIn(page, 'coordinator@bergenopzoom.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkwijzen', exact: true }).click();
    await waitForPage(page, 'Werkwijzen');
    await page.getByText(/Van de wijk voor de wijk \(Ridderkerk\) — Ridderkerk/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Kopie overnemen\W+Van de wijk voor de wijk \(Ridderkerk\)/ }).click();
    await page.getByText('Overgenomen en als standaard ingesteld: Van de wijk voor de wijk (Ridderkerk).').waitFor();
    await page.getByText(/overgenomen van Ridderkerk/).waitFor();

    // The coordinator adapts the adopted handbook: renames a step, adds one, and saves.
    await page.getByRole('button', { name: /^Bewerken\W+Van de wijk voor de wijk \(Ridderkerk\)/ }).click();
    const editor = page.getByRole('form', { name: 'Stappenplan wijkontwikkelingsprogramma bewerken' });
    await editor.getByLabel('Stap 1', { exact: true }).fill('Kennismaken met de wijk en haar mensen');
    const steps = await editor.getByLabel(/^Stap \d+$/).count();
    await editor.getByRole('button', { name: 'Stap toevoegen' }).click();
    await editor.getByLabel(`Stap ${steps + 1}`, { exact: true }).fill('Terugblikken met de wijkraad');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: /^Opslaan/ }).click();
    await page.getByText('Opgeslagen: Van de wijk voor de wijk (Ridderkerk).').waitFor();
    await page.getByText(new RegExp(`${steps + 1} stappen: Kennismaken met de wijk en haar mensen;.*Terugblikken met de wijkraad$`)).waitFor();
    const adopted = (await app.app.inject({ url: '/api/v1/methods/templates', headers: (await apiSignIn(app.app, 'coordinator@bergenopzoom.demo', 'demo')).headers }))
      .json()
      .find((t: { name: string }) => t.name === 'Van de wijk voor de wijk (Ridderkerk)');
    expect(adopted.content.steps[0].title).toBe('Kennismaken met de wijk en haar mensen');
    expect(adopted.content.steps).toHaveLength(steps + 1);

    // Ahead of the elections the coordinator adds the next college term, looks at it, and corrects its name.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'College', exact: true }).click();
    await waitForPage(page, 'Wijkwethouder en college');
    // The view opens on the term running today.
    await page.getByRole('heading', { level: 2, name: /^Collegebezoeken / }).waitFor();
    const newTerm = page.getByRole('form', { name: 'Nieuwe collegeperiode' });
    await expect.poll(() => newTerm.getByLabel('Naam').inputValue()).toBe('2030–2034');
    expect(await newTerm.getByLabel('Begin').inputValue()).toBe('2030-04-01');
    expect(await newTerm.getByLabel('Einde').inputValue()).toBe('2034-03-31');
    await newTerm.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Collegeperiode 2030–2034 vastgelegd.').waitFor();
    await page.getByLabel('Collegeperiode', { exact: true }).selectOption({ label: '2030–2034' });
    await page.getByRole('heading', { level: 2, name: 'Collegebezoeken 2030–2034' }).waitFor();
    await page.getByText(/0 van de \d+ bezocht/).waitFor();
    await page.getByRole('button', { name: /^Wijzigen\W+collegeperiode 2030–2034$/ }).click();
    const correction = page.getByRole('form', { name: 'Collegeperiode 2030–2034 wijzigen' });
    await correction.getByLabel('Naam').fill('2030–2034 (nieuw college)');
    await expectNoAxeViolations(page);
    await correction.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/^2030–2034 \(nieuw college\): 1 april 2030 tot en met 31 maart 2034/).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });
});
