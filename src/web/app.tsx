import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.js';
import { RequireAuth } from './features/auth/RequireAuth.js';
import { WorkLayout } from './features/auth/WorkLayout.js';
import { BrandingProvider } from './features/theme/branding.js';
import { AdminAreaEditPage, AdminAreaNewPage } from './routes/admin-area-edit.js';
import { AdminAreasPage } from './routes/admin-areas.js';
import { AdminMunicipalityPage } from './routes/admin-municipality.js';
import { AdminPeoplePage } from './routes/admin-people.js';
import { AdminPersonEditPage, AdminPersonNewPage } from './routes/admin-person.js';
import { HomePage } from './routes/home.js';
import { NotFoundPage } from './routes/not-found.js';
import { PublicAreaPage } from './routes/public-area.js';
import { SignInPage } from './routes/sign-in.js';
import { WorkAreaPage } from './routes/work-area.js';
import { WorkOverviewPage } from './routes/work-overview.js';
import { SiteLayout } from './site-layout.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

const ADMIN = ['administrator'] as const;
const MANAGERS = ['administrator', 'coordinator'] as const;

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
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </BrandingProvider>
    </QueryClientProvider>
  );
}
