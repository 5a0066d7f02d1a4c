import { buildApp } from './app.js';
import { DEMO_ACCOUNTS } from './demo/demo-data.js';
import { loadDemoData } from './demo/load-demo.js';
import { loadDemoStatistics } from './modules/statistics/demo-statistics.js';
import { loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';

const config = loadConfig();
const log = (message: string) => console.log(`[schakel] ${message}`);

const database = await openDatabase(config, { log });
if (config.demo) {
  await loadDemoData({ ownerPool: database.owner, sharedDataDir: config.sharedDataDir, password: config.demoPassword, log });
  // Key figures for the whole country (CBS kerncijfers 2024, RIVM gezondheid 2020), once.
  if (await loadDemoStatistics({ ownerPool: database.owner, sharedDataDir: config.sharedDataDir })) log('Kengetallen (CBS, RIVM) geladen');
}
const app = await buildApp(config, { database });
const shutdown = async (signal: string) => {
  log(`${signal} ontvangen, Schakel stopt`);
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
log(`Schakel luistert op http://${shown}:${config.port}  (API-documentatie: /api/docs)`);
log(config.databaseUrl ? 'Database: externe PostgreSQL (DATABASE_URL)' : `Database: ingebouwde PostgreSQL in ${config.dataDir}`);
if (config.demo) {
  log(`Demo-accounts (wachtwoord: ${config.demoPassword === 'demo' ? 'demo' : 'uit DEMO_PASSWORD'}):`);
  for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(34)} ${account.role}`);
}
