// Types of the API contract, inferred from the shared Zod schemas (type-only: no runtime import).
export type { Area, AreaInput, AreaPeopleInput, AreaPerson, AreaUpdate } from '../../shared/schemas/area.js';
export type { Me } from '../../shared/schemas/auth.js';
export type { Role } from '../../shared/schemas/common.js';
export type { ConnectorCard, PointLookupResult, TextLookupMatch } from '../../shared/schemas/lookup.js';
export type { Municipality, MunicipalityUpdate, RegularChannel, Theme } from '../../shared/schemas/municipality.js';
export type { PublicMunicipalityMap } from '../../shared/schemas/public.js';
export type { Region } from '../../shared/schemas/region.js';
export type { User, UserInput, UserUpdate } from '../../shared/schemas/user.js';

import type { z } from 'zod';
import type { AreaInputSchema, AreaPeopleInputSchema, AreaUpdateSchema } from '../../shared/schemas/area.js';
import type { MunicipalityUpdateSchema } from '../../shared/schemas/municipality.js';
import type { UserInputSchema, UserUpdateSchema } from '../../shared/schemas/user.js';

// What a request may send (defaults filled in by the server).
export type AreaInputBody = z.input<typeof AreaInputSchema>;
export type AreaUpdateBody = z.input<typeof AreaUpdateSchema>;
export type AreaPeopleBody = z.input<typeof AreaPeopleInputSchema>;
export type MunicipalityUpdateBody = z.input<typeof MunicipalityUpdateSchema>;
export type UserInputBody = z.input<typeof UserInputSchema>;
export type UserUpdateBody = z.input<typeof UserUpdateSchema>;
