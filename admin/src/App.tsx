import { Admin, CustomRoutes, Resource } from 'react-admin';
import { accountsFeature } from './accounts';
import { agenciesFeature } from './agencies';
import { boothsFeature } from './booths';
import { categoriesFeature } from './categories';
import { createDataProvider } from './data/dataProvider';
import type { Feature } from './feature';
import { servicesFeature } from './services';
import { synonymsFeature } from './synonyms';

/** In menu order; the first is the screen editors and partners land on after signing in. */
const FEATURES: Feature[] = [servicesFeature, categoriesFeature, agenciesFeature, boothsFeature, synonymsFeature, accountsFeature];

const dataProvider = createDataProvider(Object.fromEntries(FEATURES.map((feature) => [feature.name, feature.data])));

export function App() {
  return (
    <Admin dataProvider={dataProvider} disableTelemetry requireAuth>
      {FEATURES.map((feature) => (
        <Resource key={feature.name} name={feature.name} {...feature.resource} />
      ))}
      <CustomRoutes>{FEATURES.flatMap((feature) => feature.routes ?? [])}</CustomRoutes>
    </Admin>
  );
}
