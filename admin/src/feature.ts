import type { ReactElement } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceData } from './data/resource';

/** Texts of one feature in each language the CMS speaks; keys under `resources.<name>` and `mpp.<feature>`. */
export interface FeatureMessages {
  id: Record<string, unknown>;
  en: Record<string, unknown>;
}

/**
 * One screen family of the CMS (services, categories …): its resource's screens, its part of
 * the dataProvider and its texts. App.tsx lists the features; adding one is one import there.
 */
export interface Feature {
  name: string;
  resource: Omit<ResourceProps, 'name'> & { icon?: ResourceProps['icon'] };
  data: import('./data/resource').ResourceData;
  messages: FeatureMessages;
  /** Extra routes (e.g. the own-password page), rendered inside the layout. */
  routes?: ReactElement[];
}

export type { ResourceData };
