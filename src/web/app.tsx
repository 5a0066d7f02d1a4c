import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, Suspense, lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.js';
import { Loading } from './components/Alert.js';
import { RequireAuth } from './features/auth/RequireAuth.js';
import { WorkLayout } from './features/auth/WorkLayout.js';
import { ME_KEY } from './features/auth/use-session.js';
import { BrandingProvider } from './features/theme/branding.js';
import { HomePage } from './routes/home.js';
import { NotFoundPage } from './routes/not-found.js';
import { PublicAreaPage } from './routes/public-area.js';
import { SignInPage } from './routes/sign-in.js';
import { SiteLayout } from './site-layout.js';

/** A page whose code loads only when someone opens it: residents never download the staff screens. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const WorkOverviewPage = lazyPage(() => import('./routes/work-overview.js'), 'WorkOverviewPage');
const WorkAreaPage = lazyPage(() => import('./routes/work-area.js'), 'WorkAreaPage');
const AdminMunicipalityPage = lazyPage(() => import('./routes/admin-municipality.js'), 'AdminMunicipalityPage');
const AdminPeoplePage = lazyPage(() => import('./routes/admin-people.js'), 'AdminPeoplePage');
const AdminPersonNewPage = lazyPage(() => import('./routes/admin-person.js'), 'AdminPersonNewPage');
const AdminPersonEditPage = lazyPage(() => import('./routes/admin-person.js'), 'AdminPersonEditPage');
const AdminAreasPage = lazyPage(() => import('./routes/admin-areas.js'), 'AdminAreasPage');
const AdminAreaNewPage = lazyPage(() => import('./routes/admin-area-edit.js'), 'AdminAreaNewPage');
const AdminAreaEditPage = lazyPage(() => import('./routes/admin-area-edit.js'), 'AdminAreaEditPage');
const AdminAuditPage = lazyPage(() => import('./routes/admin-audit.js'), 'AdminAuditPage');
const StatisticsOverviewPage = lazyPage(() => import('./routes/statistics-overview.js'), 'StatisticsOverviewPage');
const StatisticsAreaPage = lazyPage(() => import('./routes/statistics-area.js'), 'StatisticsAreaPage');
const StatisticsPrioritiesPage = lazyPage(() => import('./routes/statistics-priorities.js'), 'StatisticsPrioritiesPage');
const StatisticsImportPage = lazyPage(() => import('./routes/statistics-import.js'), 'StatisticsImportPage');
const PublicIntakePage = lazyPage(() => import('./routes/public-intake.js'), 'PublicIntakePage');
const PublicTrackingPage = lazyPage(() => import('./routes/public-tracking.js'), 'PublicTrackingPage');
const SignalInboxPage = lazyPage(() => import('./routes/signal-inbox.js'), 'SignalInboxPage');
const SignalNewPage = lazyPage(() => import('./routes/signal-new.js'), 'SignalNewPage');
const SignalRecurringPage = lazyPage(() => import('./routes/signal-recurring.js'), 'SignalRecurringPage');
const SignalDetailPage = lazyPage(() => import('./routes/signal-detail.js'), 'SignalDetailPage');
const ReferralMinePage = lazyPage(() => import('./routes/referral-mine.js'), 'ReferralMinePage');
const ReferralDetailPage = lazyPage(() => import('./routes/referral-detail.js'), 'ReferralDetailPage');
const DirectoryPage = lazyPage(() => import('./routes/directory.js'), 'DirectoryPage');
const AdminTemplatesPage = lazyPage(() => import('./routes/admin-templates.js'), 'AdminTemplatesPage');

// Activities, partners, dashboards, handover, connector finder (issue 4)
const ActivityLogPage = lazyPage(() => import('./routes/activity-log.js'), 'ActivityLogPage');
const ActivityTimelinePage = lazyPage(() => import('./routes/activity-timeline.js'), 'ActivityTimelinePage');
const DashboardRolesPage = lazyPage(() => import('./routes/dashboard-roles.js'), 'DashboardRolesPage');
const DashboardResponsivenessPage = lazyPage(() => import('./routes/dashboard-responsiveness.js'), 'DashboardResponsivenessPage');
const OrganisationListPage = lazyPage(() => import('./routes/organisation-list.js'), 'OrganisationListPage');
const OrganisationNewPage = lazyPage(() => import('./routes/organisation-new.js'), 'OrganisationNewPage');
const OrganisationDetailPage = lazyPage(() => import('./routes/organisation-detail.js'), 'OrganisationDetailPage');
const HandoverAreaPage = lazyPage(() => import('./routes/handover-area.js'), 'HandoverAreaPage');
const ConnectorFinderPage = lazyPage(() => import('./routes/connector-finder.js'), 'ConnectorFinderPage');

// Programme and meetings (issue 6)
const ProgrammeAreaPage = lazyPage(() => import('./routes/programme-area.js'), 'ProgrammeAreaPage');
const ProgrammeParticipationPage = lazyPage(() => import('./routes/programme-participation.js'), 'ProgrammeParticipationPage');
const MeetingOverviewPage = lazyPage(() => import('./routes/meeting-overview.js'), 'MeetingOverviewPage');
const MeetingNewPage = lazyPage(() => import('./routes/meeting-new.js'), 'MeetingNewPage');
const MeetingDetailPage = lazyPage(() => import('./routes/meeting-detail.js'), 'MeetingDetailPage');
const MeetingOfficeHoursPage = lazyPage(() => import('./routes/meeting-office-hours.js'), 'MeetingOfficeHoursPage');
const MeetingCollegePage = lazyPage(() => import('./routes/meeting-college.js'), 'MeetingCollegePage');
const InitiativeListPage = lazyPage(() => import('./routes/initiative-list.js'), 'InitiativeListPage');
const InitiativeDetailPage = lazyPage(() => import('./routes/initiative-detail.js'), 'InitiativeDetailPage');
const InitiativePublicPage = lazyPage(() => import('./routes/initiative-public.js'), 'InitiativePublicPage');
const InitiativeTrackingPage = lazyPage(() => import('./routes/initiative-tracking.js'), 'InitiativeTrackingPage');

const ProgrammeMethodsPage = lazyPage(() => import('./routes/programme-methods.js'), 'ProgrammeMethodsPage');

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A session that ended (expired, or signed out elsewhere): forget the user, so the page asks to sign in.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== ME_KEY[0]) queryClient.setQueryData(ME_KEY, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return queryClient;
}

const ADMIN = ['administrator'] as const;
const MANAGERS = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'connector', 'specialist', 'alderman'] as const;
const SIGNAL_READERS = [...STAFF, 'partner'] as const;
const SIGNAL_ENTRY = ['administrator', 'coordinator', 'connector', 'specialist', 'partner'] as const;
const SIGNAL_OVERVIEW = ['administrator', 'coordinator', 'connector', 'alderman'] as const;

/** A public page whose code loads on demand (the staff pages have their own boundary in WorkLayout). */
const onDemand = (page: ReactNode) => <Suspense fallback={<Loading>Pagina laden…</Loading>}>{page}</Suspense>;

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrandingProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<SiteLayout />}>
              <Route index element={<HomePage />} />
              <Route path="gebied/:areaId" element={<PublicAreaPage />} />
              <Route path="inloggen" element={<SignInPage />} />
              <Route path="melden" element={onDemand(<PublicIntakePage />)} />
              <Route path="volgen/:token" element={onDemand(<PublicTrackingPage />)} />
              <Route path="initiatief" element={onDemand(<InitiativePublicPage />)} />
              <Route path="initiatief/volgen/:token" element={onDemand(<InitiativeTrackingPage />)} />
              <Route path="werk" element={<WorkLayout />}>
                <Route index element={<WorkOverviewPage />} />
                <Route path="gebieden/:id" element={<WorkAreaPage />} />
                <Route path="beheer/gemeente" element={<RequireAuth roles={[...ADMIN]}><AdminMunicipalityPage /></RequireAuth>} />
                <Route path="beheer/mensen" element={<RequireAuth roles={[...MANAGERS]}><AdminPeoplePage /></RequireAuth>} />
                <Route path="beheer/mensen/nieuw" element={<RequireAuth roles={[...ADMIN]}><AdminPersonNewPage /></RequireAuth>} />
                <Route path="beheer/mensen/:id" element={<RequireAuth roles={[...ADMIN]}><AdminPersonEditPage /></RequireAuth>} />
                <Route path="beheer/gebieden" element={<RequireAuth roles={[...MANAGERS]}><AdminAreasPage /></RequireAuth>} />
                <Route path="beheer/gebieden/nieuw" element={<RequireAuth roles={[...ADMIN]}><AdminAreaNewPage /></RequireAuth>} />
                <Route path="beheer/gebieden/:id" element={<RequireAuth roles={[...MANAGERS]}><AdminAreaEditPage /></RequireAuth>} />
                <Route path="beheer/auditlog" element={<RequireAuth roles={[...ADMIN]}><AdminAuditPage /></RequireAuth>} />
                <Route path="statistieken" element={<RequireAuth roles={[...STAFF]}><StatisticsOverviewPage /></RequireAuth>} />
                <Route path="statistieken/gebieden/:id" element={<RequireAuth roles={[...STAFF]}><StatisticsAreaPage /></RequireAuth>} />
                <Route path="statistieken/prioriteiten" element={<RequireAuth roles={[...STAFF]}><StatisticsPrioritiesPage /></RequireAuth>} />
                <Route path="beheer/statistieken" element={<RequireAuth roles={[...ADMIN]}><StatisticsImportPage /></RequireAuth>} />
                <Route path="signalen" element={<RequireAuth roles={[...SIGNAL_READERS]}><SignalInboxPage /></RequireAuth>} />
                <Route path="signalen/nieuw" element={<RequireAuth roles={[...SIGNAL_ENTRY]}><SignalNewPage /></RequireAuth>} />
                <Route path="signalen/terugkerend" element={<RequireAuth roles={[...SIGNAL_OVERVIEW]}><SignalRecurringPage /></RequireAuth>} />
                <Route path="signalen/:id" element={<RequireAuth roles={[...SIGNAL_READERS]}><SignalDetailPage /></RequireAuth>} />
                <Route path="verzoeken" element={<RequireAuth roles={[...STAFF]}><ReferralMinePage /></RequireAuth>} />
                <Route path="verzoeken/:id" element={<RequireAuth roles={[...STAFF]}><ReferralDetailPage /></RequireAuth>} />
                <Route path="wegwijzer" element={<RequireAuth roles={[...STAFF]}><DirectoryPage /></RequireAuth>} />
                <Route path="beheer/berichten" element={<RequireAuth roles={[...MANAGERS]}><AdminTemplatesPage /></RequireAuth>} />
                <Route path="activiteiten" element={<RequireAuth roles={['connector', 'coordinator']}><ActivityLogPage /></RequireAuth>} />
                <Route path="tijdlijn" element={<RequireAuth roles={['connector', 'coordinator', 'administrator', 'alderman']}><ActivityTimelinePage /></RequireAuth>} />
                <Route path="dashboard/rollen" element={<RequireAuth roles={['connector', 'coordinator', 'administrator', 'alderman']}><DashboardRolesPage /></RequireAuth>} />
                <Route path="dashboard/afdelingen" element={<RequireAuth roles={['connector', 'coordinator', 'administrator', 'alderman']}><DashboardResponsivenessPage /></RequireAuth>} />
                <Route path="organisaties" element={<RequireAuth><OrganisationListPage /></RequireAuth>} />
                <Route path="organisaties/nieuw" element={<RequireAuth roles={['connector', 'coordinator', 'administrator']}><OrganisationNewPage /></RequireAuth>} />
                <Route path="organisaties/:id" element={<RequireAuth><OrganisationDetailPage /></RequireAuth>} />
                <Route path="gebieden/:id/overdracht" element={<RequireAuth roles={[...MANAGERS]}><HandoverAreaPage /></RequireAuth>} />
                <Route path="wie-is-de-wijkverbinder" element={<RequireAuth roles={[...STAFF]}><ConnectorFinderPage /></RequireAuth>} />
                <Route path="gebieden/:id/programma" element={<RequireAuth roles={[...STAFF, 'partner']}><ProgrammeAreaPage /></RequireAuth>} />
                <Route path="gebieden/:id/spreekuren" element={<RequireAuth roles={['connector', 'coordinator']}><MeetingOfficeHoursPage /></RequireAuth>} />
                <Route path="participatie" element={<RequireAuth roles={[...STAFF]}><ProgrammeParticipationPage /></RequireAuth>} />
                <Route path="bijeenkomsten" element={<RequireAuth roles={[...STAFF]}><MeetingOverviewPage /></RequireAuth>} />
                <Route path="bijeenkomsten/nieuw" element={<RequireAuth roles={['connector', 'coordinator']}><MeetingNewPage /></RequireAuth>} />
                <Route path="bijeenkomsten/:id" element={<RequireAuth roles={[...STAFF]}><MeetingDetailPage /></RequireAuth>} />
                <Route path="college" element={<RequireAuth roles={[...STAFF]}><MeetingCollegePage /></RequireAuth>} />
                <Route path="initiatieven" element={<RequireAuth roles={[...STAFF]}><InitiativeListPage /></RequireAuth>} />
                <Route path="initiatieven/:id" element={<RequireAuth roles={[...STAFF]}><InitiativeDetailPage /></RequireAuth>} />
                <Route path="beheer/werkwijzen" element={<RequireAuth roles={[...MANAGERS]}><ProgrammeMethodsPage /></RequireAuth>} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </BrandingProvider>
    </QueryClientProvider>
  );
}
