import { PublicApiClient, PublicApiUnavailableError, serviceUnavailable, type PlatformConfig } from '@mpp/kit';

/*
 * What the queueing subgraph learns from other domains, and the one place it asks: the agency
 * of a published service (when its queue is made), and a booth's floor and agency (when a
 * counter is placed at it). It asks the gateway's public API anonymously, as any website would
 * (PublicApiClient), so it learns only public facts and never reads another subgraph's
 * database. The answers are kept on the records made with them.
 */

export interface ServiceFacts {
  id: string;
  agencyId: string;
}

export interface BoothFacts {
  id: string;
  floor: number;
  agencyId: string;
}

const clients = new Map<string, PublicApiClient>();

function publicApi(config: PlatformConfig): PublicApiClient {
  let client = clients.get(config.publicApiUrl);
  if (!client) {
    client = new PublicApiClient(config.publicApiUrl);
    clients.set(config.publicApiUrl, client);
  }
  return client;
}

/** A published service and its agency; null when no published service has this id. */
export async function publishedService(config: PlatformConfig, serviceId: string): Promise<ServiceFacts | null> {
  const data = await ask<{ service: { id: string; agency: { id: string } | null } | null }>(
    config,
    'query QueueingServiceAgency($id: ID) { service(id: $id) { id agency { id } } }',
    { id: serviceId },
  );
  if (!data.service) return null;
  if (!data.service.agency) throw unavailable();
  return { id: data.service.id, agencyId: data.service.agency.id };
}

/** A booth with its floor and agency; null when no booth has this id. */
export async function boothPlacement(config: PlatformConfig, boothId: string): Promise<BoothFacts | null> {
  // The agencies subgraph lists booths (some fifty) but looks none up by id.
  const data = await ask<{ booths: { id: string; floor: number; agency: { id: string } | null }[] }>(
    config,
    'query QueueingBoothPlacements { booths { id floor agency { id } } }',
  );
  const booth = data.booths.find((candidate) => candidate.id === boothId);
  if (!booth) return null;
  if (!booth.agency) throw unavailable();
  return { id: booth.id, floor: booth.floor, agencyId: booth.agency.id };
}

async function ask<T>(config: PlatformConfig, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    return await publicApi(config).query<T>(query, variables);
  } catch (error) {
    if (error instanceof PublicApiUnavailableError) throw unavailable();
    throw error;
  }
}

function unavailable() {
  return serviceUnavailable('The platform\'s service directory cannot be reached right now; try again in a moment.');
}
