import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
import type { CmsIdentity } from '../auth';
import { workScope } from '../auth/workScope';
import { ServicesAgencyChoicesDocument, ServicesCategoryChoicesDocument } from '../generated/graphql';
import { request } from '../graphql/client';

/*
 * The agencies and categories the services screens offer as choices, and who is signed in as
 * far as these screens care (a partner works within their own agency).
 */

export interface Choice {
  id: string;
  name: string;
}

/** Every agency, labelled by its short name where it has one ("BRI"), as the mall knows them. */
export function useAgencyChoices(): { choices: Choice[]; isPending: boolean } {
  const { data, isPending } = useQuery({
    queryKey: ['services', 'choices', 'agencies'],
    queryFn: () => request(ServicesAgencyChoicesDocument),
    staleTime: 60_000,
  });
  const choices = (data?.agencies ?? []).map((agency) => ({ id: agency.id, name: agency.shortName ? `${agency.shortName} — ${agency.name}` : agency.name }));
  return { choices, isPending };
}

export function useCategoryChoices(): { choices: Choice[]; isPending: boolean } {
  const { data, isPending } = useQuery({
    queryKey: ['services', 'choices', 'categories'],
    queryFn: () => request(ServicesCategoryChoicesDocument),
    staleTime: 60_000,
  });
  return { choices: data?.serviceCategories ?? [], isPending };
}

export interface ServicesViewer {
  role: string | null;
  /** The partner's own agency: their lists are fixed to it, their new services belong to it. */
  partnerAgencyId: string | null;
  partnerAgencyName: string | null;
  isPending: boolean;
}

/**
 * Who is signed in, for the services screens. The scope is auth/workScope.ts's, the one the
 * data module enforces (it fixes a partner's list to their agency whatever the screen asks);
 * the screens follow it to offer no choice that would not hold.
 */
export function useServicesViewer(): ServicesViewer {
  const { identity, isPending } = useGetIdentity();
  const cmsIdentity = identity as CmsIdentity | undefined;
  const scope = workScope(cmsIdentity);
  const own = !isPending && scope.kind === 'own';
  return {
    role: cmsIdentity?.role ?? null,
    partnerAgencyId: own ? scope.agencyId : null,
    partnerAgencyName: own ? (cmsIdentity?.agencyName ?? null) : null,
    isPending,
  };
}
