import type { AgreementInput, AgreementUpdate, ProductWishInput, ProductWishUpdate } from '../../../shared/schemas/organisation.js';
import type { Db } from '../../platform/db/tenant.js';

export interface AgreementRow {
  id: string;
  organisation_id: string;
  area_id: string | null;
  area_name: string | null;
  title: string;
  description: string;
  status: 'draft' | 'active' | 'ended';
  starts_on: string;
  ends_on: string | null;
}

export interface WishRow {
  id: string;
  organisation_id: string;
  area_id: string;
  area_name: string;
  year: number;
  wish: string;
  status: ProductWishInput['status'];
  status_note: string;
  updated_at: Date;
}

const AGREEMENT_SELECT = `
  select g.id, g.organisation_id, g.area_id, a.name as area_name, g.title, g.description, g.status, g.starts_on, g.ends_on
  from agreements g left join areas a on a.id = g.area_id`;
const WISH_SELECT = `
  select w.id, w.organisation_id, w.area_id, a.name as area_name, w.year, w.wish, w.status, w.status_note, w.updated_at
  from product_wishes w join areas a on a.id = w.area_id`;

export async function listAgreementRows(db: Db, municipalityId: string, organisationId: string): Promise<AgreementRow[]> {
  const { rows } = await db.query<AgreementRow>(
    `${AGREEMENT_SELECT} where g.municipality_id = $1 and g.organisation_id = $2 order by (g.status = 'ended'), g.starts_on desc`,
    [municipalityId, organisationId],
  );
  return rows;
}

export async function findAgreementRow(db: Db, municipalityId: string, id: string): Promise<AgreementRow | undefined> {
  const { rows } = await db.query<AgreementRow>(`${AGREEMENT_SELECT} where g.municipality_id = $1 and g.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertAgreement(db: Db, municipalityId: string, organisationId: string, actorId: string, input: AgreementInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into agreements (municipality_id, organisation_id, area_id, title, description, status, starts_on, ends_on, created_by)
     values ($1, $2, $3, $4, $5, $6, coalesce($7::date, current_date), $8, $9) returning id`,
    [municipalityId, organisationId, input.areaId, input.title, input.description, input.status, input.startsOn ?? null, input.endsOn, actorId],
  );
  return rows[0]?.id as string;
}

const AGREEMENT_COLUMNS: Record<string, string> = {
  title: 'title',
  description: 'description',
  areaId: 'area_id',
  status: 'status',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
};

export async function updateAgreement(db: Db, municipalityId: string, id: string, update: AgreementUpdate): Promise<void> {
  const entries = Object.entries(update).filter(([key, value]) => key in AGREEMENT_COLUMNS && value !== undefined);
  if (entries.length === 0) return;
  await db.query(
    `update agreements set ${entries.map(([key], i) => `${AGREEMENT_COLUMNS[key]} = $${i + 3}`).join(', ')} where municipality_id = $1 and id = $2`,
    [municipalityId, id, ...entries.map(([, value]) => value)],
  );
}

export async function listWishRows(db: Db, municipalityId: string, organisationId: string): Promise<WishRow[]> {
  const { rows } = await db.query<WishRow>(
    `${WISH_SELECT} where w.municipality_id = $1 and w.organisation_id = $2 order by w.year desc, a.name, w.created_at`,
    [municipalityId, organisationId],
  );
  return rows;
}

export async function findWishRow(db: Db, municipalityId: string, id: string): Promise<WishRow | undefined> {
  const { rows } = await db.query<WishRow>(`${WISH_SELECT} where w.municipality_id = $1 and w.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertWish(db: Db, municipalityId: string, organisationId: string, actorId: string, input: ProductWishInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into product_wishes (municipality_id, organisation_id, area_id, year, wish, status, status_note, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [municipalityId, organisationId, input.areaId, input.year, input.wish, input.status, input.statusNote, actorId],
  );
  return rows[0]?.id as string;
}

const WISH_COLUMNS: Record<string, string> = { wish: 'wish', status: 'status', statusNote: 'status_note' };

export async function updateWish(db: Db, municipalityId: string, id: string, update: ProductWishUpdate): Promise<void> {
  const entries = Object.entries(update).filter(([key, value]) => key in WISH_COLUMNS && value !== undefined);
  await db.query(
    `update product_wishes set ${[...entries.map(([key], i) => `${WISH_COLUMNS[key]} = $${i + 3}`), 'updated_at = now()'].join(', ')}
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, ...entries.map(([, value]) => value)],
  );
}
