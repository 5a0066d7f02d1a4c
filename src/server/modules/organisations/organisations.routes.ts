import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import {
  AgreementInputSchema,
  AgreementSchema,
  AgreementUpdateSchema,
  ContactChoiceSchema,
  ContactInputSchema,
  ContactPickerQuerySchema,
  ContactSchema,
  ContactUpdateSchema,
  OrganisationInputSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  OrganisationSummarySchema,
  OrganisationUpdateSchema,
  PartnerUsersInputSchema,
  ProductWishInputSchema,
  ProductWishSchema,
  ProductWishUpdateSchema,
} from '../../../shared/schemas/organisation.js';
import { currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { createAgreement, createWish, updateAgreement, updateWish } from './agreements.service.js';
import { createContact, deleteContact, getContact, listContactChoices, listContacts, updateContact } from './contacts.service.js';
import { CONTACT_READERS, ORGANISATION_EDITORS, ORGANISATION_READERS } from './organisations.policy.js';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  setPartnerUsers,
  updateOrganisation,
} from './organisations.service.js';

const tags = ['partners'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const MANAGERS = ['coordinator', 'administrator'] as const;

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations',
    {
      config: { access: ORGANISATION_READERS },
      schema: {
        tags,
        summary: 'Het partnernetwerk: organisaties met soort, gebieden en bestuursstatus (een partner ziet alleen de eigen organisatie)',
        querystring: OrganisationListQuerySchema,
        response: { 200: z.array(OrganisationSummarySchema), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => listOrganisations({ ...scope, user: currentUser(request), query: request.query })),
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Organisatie toevoegen aan het partnernetwerk', body: OrganisationInputSchema, response: { 201: OrganisationSchema, ...errors } },
    },
    async (request, reply) => {
      const organisation = await scoped(app, request, (scope) => createOrganisation({ ...scope, user: currentUser(request), input: request.body }));
      return reply.status(201).send(organisation);
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { access: ORGANISATION_READERS },
      schema: {
        tags,
        summary: 'Eén organisatie met contactpersonen, afspraken, wensen en bestuur',
        description: 'Persoonsgegevens van contactpersonen alleen voor medewerkers van de gemeente; elke inzage komt in de auditlog.',
        params: IdParamsSchema,
        response: { 200: OrganisationSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => getOrganisation({ ...scope, user: currentUser(request), organisationId: request.params.id })),
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { access: [...ORGANISATION_EDITORS, 'partner'] },
      schema: {
        tags,
        summary: 'Organisatie wijzigen, ook bestuursstatus en de opvang als een wijkraad stopt (een partner: alleen de eigen algemene gegevens)',
        params: IdParamsSchema,
        body: OrganisationUpdateSchema,
        response: { 200: OrganisationSchema, ...errors },
      },
    },
    (request) =>
      scoped(app, request, (scope) => updateOrganisation({ ...scope, user: currentUser(request), organisationId: request.params.id, update: request.body })),
  );

  app.delete(
    '/api/v1/organisations/:id',
    {
      config: { access: MANAGERS },
      schema: { tags, summary: 'Organisatie verwijderen (met haar contactpersonen)', params: IdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteOrganisation({ ...scope, user: currentUser(request), organisationId: request.params.id }));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/organisations/:id/partner-users',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Partneraccounts koppelen aan de organisatie (zij zien dan alleen haar gegevens)',
        params: IdParamsSchema,
        body: PartnerUsersInputSchema,
        response: { 200: OrganisationSchema, ...errors },
      },
    },
    (request) =>
      scoped(app, request, (scope) => setPartnerUsers({ ...scope, user: currentUser(request), organisationId: request.params.id, userIds: request.body.userIds })),
  );

  app.get(
    '/api/v1/contacts',
    {
      config: { access: CONTACT_READERS },
      schema: {
        tags,
        summary: 'Contactpersonen met persoonsgegevens (alleen medewerkers; de inzage komt in de auditlog)',
        querystring: z.object({ organisationId: z.uuid().optional(), q: z.string().trim().min(1).max(100).optional() }).strict(),
        response: { 200: z.array(ContactSchema), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => listContacts({ ...scope, ...request.query })),
  );

  app.get(
    '/api/v1/contacts/picker',
    {
      config: { access: CONTACT_READERS },
      schema: {
        tags,
        summary: 'Contactpersonen om te kiezen (bij een activiteit): alleen naam, rol en organisatie',
        description:
          'Van de gekozen organisaties (`organisationIds`) of gezocht op naam in de hele gemeente (`q`, hoogstens 20). Geen e-mail of telefoon; de inzage komt toch in de auditlog.',
        querystring: ContactPickerQuerySchema,
        response: { 200: z.array(ContactChoiceSchema), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => listContactChoices({ ...scope, query: request.query })),
  );

  app.post(
    '/api/v1/organisations/:id/contacts',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Contactpersoon toevoegen, met de grondslag (AVG)', params: IdParamsSchema, body: ContactInputSchema, response: { 201: ContactSchema, ...errors } },
    },
    async (request, reply) => {
      const contact = await scoped(app, request, (scope) =>
        createContact({ ...scope, user: currentUser(request), organisationId: request.params.id, input: request.body }),
      );
      return reply.status(201).send(contact);
    },
  );

  app.get(
    '/api/v1/contacts/:id',
    {
      config: { access: CONTACT_READERS },
      schema: { tags, summary: 'Eén contactpersoon (de inzage komt in de auditlog)', params: IdParamsSchema, response: { 200: ContactSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getContact({ ...scope, contactId: request.params.id })),
  );

  app.patch(
    '/api/v1/contacts/:id',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Contactpersoon wijzigen', params: IdParamsSchema, body: ContactUpdateSchema, response: { 200: ContactSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateContact({ ...scope, contactId: request.params.id, update: request.body })),
  );

  app.delete(
    '/api/v1/contacts/:id',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Contactpersoon en persoonsgegevens verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteContact({ ...scope, contactId: request.params.id }));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/organisations/:id/agreements',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Afspraak met de organisatie vastleggen', params: IdParamsSchema, body: AgreementInputSchema, response: { 201: AgreementSchema, ...errors } },
    },
    async (request, reply) => {
      const agreement = await scoped(app, request, (scope) =>
        createAgreement({ ...scope, user: currentUser(request), organisationId: request.params.id, input: request.body }),
      );
      return reply.status(201).send(agreement);
    },
  );

  app.patch(
    '/api/v1/agreements/:id',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Afspraak wijzigen of beëindigen', params: IdParamsSchema, body: AgreementUpdateSchema, response: { 200: AgreementSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateAgreement({ ...scope, agreementId: request.params.id, update: request.body })),
  );

  app.post(
    '/api/v1/organisations/:id/wishes',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: {
        tags,
        summary: 'Wens uit een gebied voor de productafspraken van een gesubsidieerde instelling',
        params: IdParamsSchema,
        body: ProductWishInputSchema,
        response: { 201: ProductWishSchema, ...errors },
      },
    },
    async (request, reply) => {
      const wish = await scoped(app, request, (scope) => createWish({ ...scope, user: currentUser(request), organisationId: request.params.id, input: request.body }));
      return reply.status(201).send(wish);
    },
  );

  app.patch(
    '/api/v1/wishes/:id',
    {
      config: { access: ORGANISATION_EDITORS },
      schema: { tags, summary: 'Status van een wens bijwerken', params: IdParamsSchema, body: ProductWishUpdateSchema, response: { 200: ProductWishSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateWish({ ...scope, wishId: request.params.id, update: request.body })),
  );
};
