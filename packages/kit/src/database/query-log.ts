import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * What a subgraph's background work (SubgraphDefinition.background) runs with: its statements
 * are no request's, so a QueryLog leaves them out. Its EntityManager (and every fork of it)
 * carries this logger context; a transaction's begin and commit carry it when it is given to
 * `transactional(work, { loggerContext: BACKGROUND_LOGGER_CONTEXT })` as well.
 */
export const BACKGROUND_LOGGER_CONTEXT = { background: true } as const;

/**
 * Counts the SQL statements a subgraph runs for requests, so tests can prove lists are not N+1
 * and refusals read nothing; its background work's statements are not counted.
 */
export class QueryLog {
  private statements: string[] = [];

  record(sql: string): void {
    this.statements.push(sql);
  }

  get count(): number {
    return this.statements.length;
  }

  get entries(): readonly string[] {
    return this.statements;
  }

  reset(): void {
    this.statements = [];
  }
}

/** MikroORM's logger, which also tells a QueryLog about every statement it is given. */
export class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly queryLog: QueryLog,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.background !== BACKGROUND_LOGGER_CONTEXT.background) this.queryLog.record(context.query);
    super.logQuery(context);
  }
}
