import { agenciesSubgraph } from '@mpp/agencies';
import { catalogSubgraph } from '@mpp/catalog';
import { startGateway, type RunningGateway } from '@mpp/gateway';
import { QueryLog, SUBGRAPH_NAMES, startSubgraph, type RunningSubgraph, type SubgraphDefinition, type SubgraphName } from '@mpp/kit';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

const DEFINITIONS: Record<SubgraphName, SubgraphDefinition> = {
  agencies: agenciesSubgraph,
  catalog: catalogSubgraph,
};

export interface GraphqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The whole platform on free ports with a temporary data folder: every subgraph and the
 * gateway, in this process so a test can read each subgraph's SQL statement log. Tests talk
 * to it over HTTP through the gateway, as a frontend would.
 */
export class TestPlatformRun {
  private constructor(
    readonly platform: TestPlatform,
    readonly subgraphs: Record<SubgraphName, RunningSubgraph>,
    readonly gateway: RunningGateway,
  ) {}

  static async start(databaseUrl: string | undefined, env: Record<string, string> = {}): Promise<TestPlatformRun> {
    const platform = testPlatformConfig(databaseUrl, env);
    const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
    for (const name of SUBGRAPH_NAMES) {
      subgraphs[name] = await startSubgraph(DEFINITIONS[name], platform.config, { port: 0, queryLog: new QueryLog() });
    }
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].url]));
    const gateway = await startGateway(platform.config, { port: 0, subgraphUrls });
    return new TestPlatformRun(platform, subgraphs, gateway);
  }

  get url(): string {
    return this.gateway.url;
  }

  /** Runs a typed operation (from codegen) through the gateway. */
  async execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<GraphqlResult<TData>> {
    return this.post(print(document), variables ?? {});
  }

  /** Sends raw text: for malformed or deliberately wrong operations codegen cannot type. */
  async post<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** SQL statements each subgraph ran while `action` did. */
  async countStatements(action: () => Promise<unknown>): Promise<Record<SubgraphName, number>> {
    for (const name of SUBGRAPH_NAMES) this.subgraphs[name].database.queryLog.reset();
    await action();
    return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, this.subgraphs[name].database.queryLog.count])) as Record<SubgraphName, number>;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    for (const name of SUBGRAPH_NAMES) await this.subgraphs[name].stop();
    await this.platform.cleanup(SUBGRAPH_NAMES);
  }
}
