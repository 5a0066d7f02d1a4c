import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../src/server/modules/statistics/own-figures.js';
import { allPdfText, pdfShows } from '../src/server/modules/statistics/pdf-text-for-tests.js';
import { importRealStatistics, pdfText } from '../test/statistics.js';
import { type E2E, expectNoAxeViolations, signIn, startE2E, waitForPage } from './helpers.js';

const YEAR = new Date().getFullYear();
const OWN_TOTAL = `schakel.${YEAR}.SignalenPer1000`;

describe('a coordinator reads the key figures, maps an indicator, ranks areas and downloads a report', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await importRealStatistics(e2e.app.database.owner, e2e.app.config.sharedDataDir);
    // Three area issues about traffic in Halsteren today: 3 ÷ 12,540 inhabitants × 1,000 = 0.24 per 1,000.
    const owner = e2e.app.database.owner;
    const halsteren = (await owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Halsteren'`)).rows[0].id;
    for (let i = 0; i < 3; i++) {
      await owner.query(
        `insert into signals (municipality_id, reference, text, channel, received_on, area_id, kind, triage, themes, tracking_token_hash)
         values ('GM0748', $1, 'Te hard rijden op de Dorpsstraat in Halsteren', 'spreekuur', $2, $3, 'area_issue', '{}', '{verkeer}', $4)`,
        [`S-E2E-${i}`, isoDate(new Date()), halsteren, `e2e-statistieken-${i}-${Date.now()}`],
      );
    }
    await signIn(e2e.page, 'coordinator@bergenopzoom.demo');
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('opens an area’s figures beside the municipality and the Netherlands, with source and year', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kengetallen' }).click();
    await waitForPage(page, 'Kengetallen Bergen op Zoom');
    await page.getByRole('region', { name: 'Kengetallen per gebied' }).getByRole('link', { name: 'Halsteren' }).click();
    await waitForPage(page, 'Kengetallen Halsteren');
    const cbs = page.getByRole('table', { name: /Kengetallen Halsteren, bron: CBS Kerncijfers wijken en buurten 2024/ });
    const inhabitants = cbs.getByRole('row', { name: /Aantal inwoners/ });
    expect(await inhabitants.getByRole('cell').allTextContents()).toEqual(['12.540', '69.694', expect.stringContaining('17.942.942'), 'CBS 2024, 85984NED']);
    const lonely = page.getByRole('table', { name: /18 jaar of ouder/ }).getByRole('row', { name: /^Eenzaam/ }).first();
    expect(await lonely.getByRole('cell').last().textContent()).toBe('RIVM 2020, 50090NED');
    // Own figures beside them: the area's signals per 1,000 inhabitants, the municipality's, and the source.
    const own = page.getByRole('table', { name: `Eigen cijfers Halsteren, bron: Schakel, signalen ${YEAR}` });
    expect(await own.getByRole('row', { name: /^Alle thema’s/ }).getByRole('cell').allTextContents()).toEqual(['3', '0,2', expect.stringMatching(/^\d+,\d$/), `Schakel, signalen ${YEAR}`]);
    expect(await own.getByRole('row', { name: /^Verkeer en parkeren/ }).getByRole('cell').first().textContent()).toBe('3');
    expect(await page.getByText(/Berekening voor Halsteren, alle thema’s: 3 signalen ÷ 12\.540 inwoners × 1\.000/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows an area across CBS districts with "n.b." and its reason, and the neighbourhoods’ range', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Kengetallen' }).first().click();
    await waitForPage(page, 'Kengetallen Bergen op Zoom');
    await page.getByRole('region', { name: 'Kengetallen per gebied' }).getByRole('link', { name: 'Fort-Zeekant-Markiezaten' }).click();
    await waitForPage(page, 'Kengetallen Fort-Zeekant-Markiezaten');
    const lonely = page.getByRole('table', { name: /18 jaar of ouder/ }).getByRole('row', { name: /^Eenzaam/ }).first();
    expect(await lonely.getByRole('cell').first().textContent()).toMatch(/^n\.b\. \(noot \d\)Per buurt: \d+,\d% – \d+,\d%/);
    expect(await page.getByText(/Niet op te tellen: dit is een percentage/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.goBack();
    await page.getByRole('region', { name: 'Kengetallen per gebied' }).getByRole('link', { name: 'Halsteren' }).click();
    await waitForPage(page, 'Kengetallen Halsteren');
  });

  it('downloads the area report as a PDF with the area’s name in it', async () => {
    const { page } = e2e;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Gebiedsrapportage downloaden (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('gebiedsrapportage-halsteren.pdf');
    const pdf = await readFile((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Gebiedsrapportage Halsteren');
    const text = allPdfText(pdf);
    for (const expected of ['Signalen en thema’s', 'Verkeer en parkeren', 'Eigen cijfers: signalen per 1.000 inwoners']) expect(pdfShows(text, expected), expected).toBe(true);
  });

  it('switches the map to another indicator, with the same figures in a table', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Kengetallen' }).first().click();
    await waitForPage(page, 'Kengetallen Bergen op Zoom');
    await page.getByRole('table', { name: 'Aantal inwoners per wijk (2024)' }).waitFor();
    expect(await page.locator('svg.region-map path[data-code="WK074804"]').count()).toBe(1);
    await page.getByLabel('Indicator op de kaart').selectOption('50090NED.2020.20300.Eenzaam_28');
    const table = page.getByRole('table', { name: 'Eenzaam (18 jaar of ouder) per buurt (2020)' });
    await table.waitFor();
    const csv = await readFile(`${e2e.app.config.sharedDataDir}/rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv`, 'utf8');
    const tuinwijk = csv.split('\n').find((line) => line.includes(',BU07480102,'))?.split(',')[32];
    expect(await table.getByRole('row', { name: /Tuinwijk/ }).getByRole('cell').textContent()).toBe(`${tuinwijk?.replace('.', ',')}%`);
    expect(await page.locator('svg.region-map path[data-code="BU07480102"]').count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Legenda' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);

    // An own figure on the map: per area, since that is where it exists.
    await page.getByLabel('Indicator op de kaart').selectOption(OWN_TOTAL);
    const areas = page.getByRole('table', { name: `Signalen per 1.000 inwoners: alle thema’s per gebied (${YEAR})` });
    await areas.waitFor();
    expect(await areas.getByRole('row', { name: /^Halsteren/ }).getByRole('cell').textContent()).toBe('0,2');
    expect(await areas.getByRole('row', { name: /^Fort-Zeekant-Markiezaten/ }).getByRole('cell').textContent()).toMatch(/^n\.b\./);
    await expectNoAxeViolations(page);
    // … and beside the CBS/RIVM figures in the comparison of areas.
    const comparison = page.getByRole('table', { name: /Gebieden naast elkaar/ });
    await comparison.getByRole('columnheader', { name: /Signalen per 1\.000 inwoners: alle thema’s/ }).waitFor();
  });

  it('builds a priority ranking with each indicator’s contribution, explains it and saves it for a year', async () => {
    const { page } = e2e;
    await page.goto('/werk/statistieken/prioriteiten');
    await waitForPage(page, 'Prioriteitsindex');
    await page.getByLabel('CBS-buurten').check();
    await page.getByRole('button', { name: 'Rangschikken' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^Rangorde \(\d+ cbs-buurten\)$/ });
    await heading.waitFor();
    const table = page.getByRole('table', { name: /Rangorde met de bijdrage/ });
    expect(await table.getByRole('row').count()).toBeGreaterThan(30);
    expect(await page.getByRole('region', { name: 'Hoe de score werkt' }).textContent()).toContain('min-max-normalisatie');
    await expectNoAxeViolations(page);

    const first = await table.getByRole('row').nth(1).getByRole('rowheader').textContent();
    await page.getByRole('checkbox', { name: new RegExp(`^1\\. ${first}$`) }).check();
    await page.getByLabel('Jaar', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Aanpak bewaren' }).click();
    await page.getByText('Bewaard als Gebiedsgerichte aanpak 2026.').waitFor();
    await page.getByRole('region', { name: 'Bewaarde aanpak per jaar' }).getByText(`prioriteit: ${first}`).waitFor();
    await expectNoAxeViolations(page);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('ranks areas by signals per 1,000 inhabitants beside a CBS/RIVM indicator', async () => {
    const { page } = e2e;
    await page.goto('/werk/statistieken/prioriteiten');
    await waitForPage(page, 'Prioriteitsindex');
    await page.getByLabel('Gebieden', { exact: true }).check();
    await page.getByLabel('Indicator 1', { exact: true }).selectOption(OWN_TOTAL);
    await page.getByRole('button', { name: 'Rangschikken' }).click();
    const table = page.getByRole('table', { name: /Rangorde met de bijdrage/ });
    await table.getByRole('columnheader', { name: /Signalen per 1\.000 inwoners: alle thema’s/ }).waitFor();
    expect(await table.getByRole('row', { name: /Halsteren/ }).getByRole('cell').nth(3).textContent()).toMatch(/^0,2 · /);
    expect(await page.getByRole('region', { name: 'Hoe de score werkt' }).textContent()).toContain('Eigen cijfers');
    await expectNoAxeViolations(page);
    expect(e2e.pageErrors).toEqual([]);
  });
});
