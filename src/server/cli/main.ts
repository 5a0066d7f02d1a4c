import { readFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadDemoData } from '../demo/load-demo.js';
import { loadDemoStatistics } from '../modules/statistics/demo-statistics.js';
import { importBoundaries } from '../modules/boundaries/import-boundaries.js';
import { readMunicipalityNames } from '../modules/boundaries/municipality-names.js';
import { BoundaryFileError, type ParsedRegion, parseBoundaryFile } from '../modules/boundaries/parse-boundaries.js';
import { importStatisticsInTransaction, planFromFiles } from '../modules/statistics/import-statistics.js';
import { StatisticsFileError } from '../modules/statistics/read-statistics-file.js';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/database.js';

const program = new Command('schakel').description('Beheeropdrachten voor Schakel (gebruikt dezelfde database als de server)');

program
  .command('import-boundaries')
  .description('CBS-wijken en -buurten (GeoJSON van de wijk- en buurtkaart) importeren, per jaar')
  .requiredOption('-m, --municipality <codes>', "gemeentecode(s), komma-gescheiden (GM0400,GM0748), of 'all'", parseMunicipalities)
  .option('-y, --year <year>', 'jaar, als het bestand geen jrstatcode heeft', (value) => parseYear(value))
  .option('--no-default-areas', 'geen gebied per CBS-wijk maken voor een gemeente zonder gebieden')
  .argument('<files...>', 'GeoJSON-bestanden (wijken en/of buurten)')
  .action(async (files: string[], options: { municipality: Set<string> | 'all'; year?: number; defaultAreas: boolean }) => {
    const regions: ParsedRegion[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => fail(`Bestand niet gevonden of niet leesbaar: ${file}`));
      regions.push(...parseBoundaryFile({ fileName: path.basename(file), text, municipalityIds: options.municipality, year: options.year }));
    }
    if (regions.length === 0) {
      const wanted = options.municipality === 'all' ? 'een gemeente' : [...options.municipality].join(', ');
      fail(`De bestanden bevatten geen wijken of buurten van ${wanted}. Er is niets geïmporteerd.`);
    }
    const config = loadConfig();
    const database = await openDatabase(config);
    const bar = new cliProgress.SingleBar(
      { format: 'Importeren [{bar}] {percentage}% | {value}/{total} wijken en buurten', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    try {
      bar.start(regions.length, 0);
      const summary = await importBoundaries({
        ownerPool: database.owner,
        regions,
        municipalityNames: await readMunicipalityNames(config.sharedDataDir),
        createDefaultAreas: options.defaultAreas,
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      for (const m of summary.municipalities) {
        console.log(
          `${m.id}: ${m.districts} wijken, ${m.neighbourhoods} buurten (${m.years.join(', ')})` +
            (m.areasCreated ? `; ${m.areasCreated} gebieden aangemaakt (één per CBS-wijk)` : '') +
            (m.regionsCarriedOver ? `; ${m.regionsCarriedOver} nieuwe wijken/buurten bij het gebied van hun voorganger gevoegd` : ''),
        );
        if (m.regionsWithoutArea.length > 0) {
          console.log(
            `  Let op: ${m.regionsWithoutArea.length} nieuwe wijken/buurten liggen in geen bestaand gebied; kies hun gebied in Beheer → Gebieden: ` +
              m.regionsWithoutArea.map((r) => `${r.code} ${r.name}`).join(', '),
          );
        }
      }
    } finally {
      bar.stop();
      await database.close();
    }
  });

program
  .command('import-statistics')
  .description('CBS- en RIVM-cijfers importeren (Kerncijfers wijken en buurten, Gezondheid per wijk en buurt, CBS OData), per jaar')
  .option('-y, --year <year>', 'jaar, als de bestanden het niet zelf zeggen', (value) => parseYear(value))
  .argument('<files...>', 'cijfers (JSON per regiocode of OData CSV/JSON) met DataProperties en TableInfos van dezelfde tabel, en/of de CBS-regiolijst')
  .action(async (files: string[], options: { year?: number }) => {
    const texts: { fileName: string; text: string }[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => fail(`Bestand niet gevonden of niet leesbaar: ${file}`));
      texts.push({ fileName: path.basename(file), text });
    }
    const plan = planFromFiles(texts, { year: options.year });
    const database = await openDatabase(loadConfig());
    const bar = new cliProgress.SingleBar(
      { format: 'Importeren [{bar}] {percentage}% | {value}/{total} waarden en regio’s', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    try {
      bar.start(1, 0);
      const summary = await importStatisticsInTransaction({
        pool: database.owner,
        plan,
        importedBy: 'cli',
        onProgress: (done, total) => {
          bar.setTotal(total);
          bar.update(done);
        },
      });
      bar.stop();
      for (const d of summary.datasets) {
        const levels = `${d.regions.country} land, ${d.regions.municipality} gemeenten, ${d.regions.district} wijken, ${d.regions.neighbourhood} buurten`;
        console.log(`${d.tableId} ${d.year}${d.variant ? ` (${d.variant})` : ''} ${d.title}: ${d.indicators} indicatoren, ${levels}; ${d.values} waarden, ${d.emptyCells} zonder waarde`);
      }
      for (const list of summary.regionLists) {
        console.log(`Regiolijst ${list.year} (${list.fileName}): ${list.regions.municipality} gemeenten, ${list.regions.district} wijken, ${list.regions.neighbourhood} buurten`);
      }
      for (const note of summary.notes) console.log(`Let op: ${note}`);
    } finally {
      bar.stop();
      await database.close();
    }
  });

program
  .command('demo')
  .description('De demogemeenten laden (Bergen op Zoom, Den Helder, Ridderkerk), als ze er nog niet zijn')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase(config);
    try {
      const loaded = await loadDemoData({ ownerPool: database.owner, sharedDataDir: config.sharedDataDir, password: config.demoPassword });
      console.log(loaded ? 'Demodata geladen.' : 'Demodata stond er al.');
      if (await loadDemoStatistics({ ownerPool: database.owner, sharedDataDir: config.sharedDataDir })) console.log('Kengetallen (CBS, RIVM) geladen.');
    } finally {
      await database.close();
    }
  });

program
  .command('migrate')
  .description('De database bijwerken naar de nieuwste migratie')
  .action(async () => {
    const database = await openDatabase(loadConfig(), { log: console.log });
    await database.close();
    console.log('Database is bijgewerkt.');
  });

function parseMunicipalities(value: string): Set<string> | 'all' {
  if (value === 'all') return 'all';
  const codes = value.split(',').map((code) => code.trim().toUpperCase());
  for (const code of codes) {
    if (!/^GM\d{4}$/.test(code)) throw new InvalidArgumentError(`'${code}' is geen gemeentecode (GM gevolgd door vier cijfers).`);
  }
  return new Set(codes);
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InvalidArgumentError('Een jaar als 2024.');
  return year;
}

function fail(message: string): never {
  console.error(`Fout: ${message}`);
  process.exit(1);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof BoundaryFileError) fail(`${error.message} Er is niets geïmporteerd.`);
  if (error instanceof StatisticsFileError) fail(`${error.message} Er is niets geïmporteerd.`);
  console.error(`Fout: ${(error as Error).message}`);
  process.exit(1);
}
