import { createLogger, type Logger, type PlatformConfig } from '@mpp/kit';

const logs = new Map<string, Logger>();

/**
 * The log of work the tickets do beside a request's answer (the day-end sweep, claims let go),
 * as the subgraph's lines with the task named: the request context carries no logger.
 */
export function ticketTaskLog(config: PlatformConfig, task: string): Logger {
  let log = logs.get(task);
  if (!log) {
    log = createLogger('queueing', config.logLevel, { pretty: config.mode === 'development' }).child({ task });
    logs.set(task, log);
  }
  return log;
}
