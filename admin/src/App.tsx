import { QueryClient } from '@tanstack/react-query';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { ApiError } from './graphql/client';
import { Route } from 'react-router';
import { accountsFeature } from './accounts';
import { agenciesFeature } from './agencies';
import { authMessages, authProvider, ChangePasswordPage, LoginPage, PASSWORD_PATH } from './auth';
import { boothsFeature } from './booths';
import { categoriesFeature } from './categories';
import { closedDatesFeature } from './closed-dates';
import { countersFeature } from './counters';
import { createDataProvider } from './data/dataProvider';
import { facilitiesFeature } from './facilities';
import type { Feature } from './feature';
import { messages as historyMessages } from './history/history.messages';
import { messages as hoursMessages } from './hours/hours.messages';
import { createI18nProvider } from './i18n/i18nProvider';
import { kiosksFeature } from './kiosks';
import { CmsLayout } from './layout/CmsLayout';
import { listingsFeature } from './listings';
import { messages as layoutMessages } from './layout/layout.messages';
import { theme } from './layout/theme';
import { mallFeature } from './mall';
import { queuesFeature } from './queues';
import { servicesFeature } from './services';
import { synonymsFeature } from './synonyms';

/** In menu order; the first is the screen editors and partners land on after signing in. */
const FEATURES: Feature[] = [
  servicesFeature,
  categoriesFeature,
  agenciesFeature,
  boothsFeature,
  facilitiesFeature,
  mallFeature,
  queuesFeature,
  countersFeature,
  kiosksFeature,
  closedDatesFeature,
  synonymsFeature,
  accountsFeature,
  // No screens of its own (kept on a facility's page), so no menu entry.
  listingsFeature,
];

const dataProvider = createDataProvider(Object.fromEntries(FEATURES.map((feature) => [feature.name, feature.data])));

const i18nProvider = createI18nProvider([authMessages, layoutMessages, historyMessages, hoursMessages, ...FEATURES.map((feature) => feature.messages)]);

/**
 * Reads are tried again only when trying again can help (the network, a server error): a
 * refusal (not found, forbidden, signed out, a bad filter) is shown at once instead of after
 * react-query's three default retries.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && (!(error instanceof ApiError) || error.status >= 500 || error.code === 'NETWORK_ERROR'),
    },
  },
});

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={CmsLayout}
      theme={theme}
      disableTelemetry
    >
      {FEATURES.map((feature) => (
        <Resource key={feature.name} name={feature.name} {...feature.resource} />
      ))}
      <CustomRoutes>
        <Route path={PASSWORD_PATH} element={<ChangePasswordPage />} />
        {FEATURES.flatMap((feature) => feature.routes ?? [])}
      </CustomRoutes>
    </Admin>
  );
}
