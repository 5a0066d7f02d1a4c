import type { StatisticsImportSummary, StatisticsUpload } from '../../../shared/schemas/statistics.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError } from '../../platform/errors.js';
import { importStatistics, planFromFiles } from './import-statistics.js';
import { StatisticsFileError } from './read-statistics-file.js';

/**
 * An administrator's upload: the same checks and import as the CLI, inside the request's transaction, so a
 * wrong file changes nothing. The figures are public and shared by all municipalities of the installation;
 * the audit log of the uploader's municipality records who replaced which tables.
 */
export async function uploadStatistics(scope: Scope & { upload: StatisticsUpload }): Promise<StatisticsImportSummary> {
  let plan: ReturnType<typeof planFromFiles>;
  try {
    plan = planFromFiles(
      scope.upload.files.map((file) => ({ fileName: file.name, text: file.content })),
      { year: scope.upload.year },
    );
  } catch (error) {
    if (error instanceof StatisticsFileError) throw new AppError(400, 'invalid_statistics_file', `${error.message} Er is niets geïmporteerd.`);
    throw error;
  }
  const summary = await importStatistics({ db: scope.db, plan, importedBy: `upload (${scope.municipalityId})` });
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'statistics.import',
    entityType: 'statistics',
    details: {
      files: scope.upload.files.map((file) => file.name),
      datasets: summary.datasets.map((d) => `${d.tableId} ${d.year}${d.variant ? ` ${d.variant}` : ''}`),
    },
  });
  return summary;
}
