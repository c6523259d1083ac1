import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
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

export function useServicesViewer(): ServicesViewer {
  const { identity, isPending } = useGetIdentity();
  const role = typeof identity?.role === 'string' ? identity.role : null;
  const isPartner = role === 'PARTNER';
  return {
    role,
    partnerAgencyId: isPartner && typeof identity?.agencyId === 'string' ? identity.agencyId : null,
    partnerAgencyName: isPartner && typeof identity?.agencyName === 'string' ? identity.agencyName : null,
    isPending,
  };
}
