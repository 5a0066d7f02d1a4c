// Types of the API contract, inferred from the shared Zod schemas (type-only: no runtime import).
export type { Area, AreaInput, AreaPeopleInput, AreaPerson, AreaUpdate } from '../../shared/schemas/area.js';
export type { Me } from '../../shared/schemas/auth.js';
export type { Role } from '../../shared/schemas/common.js';
export type { ConnectorCard, PointLookupResult, TextLookupMatch } from '../../shared/schemas/lookup.js';
export type { Municipality, MunicipalityUpdate, RegularChannel, Theme } from '../../shared/schemas/municipality.js';
export type { PublicMunicipalityMap } from '../../shared/schemas/public.js';
export type { Region } from '../../shared/schemas/region.js';
export type { User, UserInput, UserUpdate } from '../../shared/schemas/user.js';
