import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/** Counts the SQL statements a subgraph runs, so tests can prove lists are not N+1. */
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
    this.queryLog.record(context.query);
    super.logQuery(context);
  }
}
