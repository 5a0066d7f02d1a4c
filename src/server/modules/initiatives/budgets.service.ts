import type { z } from 'zod';
import type { Budget, BudgetInputSchema } from '../../../shared/schemas/initiative.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError } from '../../platform/errors.js';
import { type BudgetRow, findBudgetRow, insertBudgetRow, listBudgetRows } from './initiatives.repo.js';

function present(row: BudgetRow): Budget {
  const granted = Number(row.granted_cents);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    year: row.year,
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    totalCents: Number(row.total_cents),
    maxPerInitiativeCents: row.max_per_initiative_cents === null ? null : Number(row.max_per_initiative_cents),
    grantedCents: granted,
    remainingCents: Number(row.total_cents) - granted,
    initiatives: row.initiatives,
  };
}

/** Budgets and subsidies for initiatives (a leefbaarheidsbudget per year), with what is granted and left. */
export async function listBudgets(scope: Scope & { year?: number }): Promise<Budget[]> {
  return (await listBudgetRows(scope.db, scope.municipalityId, { year: scope.year })).map(present);
}

export async function createBudget(scope: Scope & { input: z.infer<typeof BudgetInputSchema> }): Promise<Budget> {
  const { input } = scope;
  if (input.areaId) {
    const { rowCount } = await scope.db.query('select 1 from areas where municipality_id = $1 and id = $2', [scope.municipalityId, input.areaId]);
    if (!rowCount) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  }
  if (input.maxPerInitiativeCents !== null && input.maxPerInitiativeCents > input.totalCents) {
    throw new AppError(400, 'invalid_maximum', 'Het maximum per initiatief is hoger dan het hele budget.');
  }
  const id = await insertBudgetRow(scope.db, scope.municipalityId, input);
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'budget.create', entityType: 'budget', entityId: id, details: { name: input.name, year: input.year } });
  return present((await findBudgetRow(scope.db, scope.municipalityId, id)) as BudgetRow);
}
