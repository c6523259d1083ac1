import type { Server } from 'node:http';
import type { Express } from 'express';
import { ConfigError } from '../config/config';

/**
 * How long a connection may stay idle before this server closes it. Its clients keep connections
 * open to use them again (a gateway's pool to a subgraph, nginx's upstream keepalive, a load
 * balancer, about 60 s for most): when the server closes one first (Node's default: 5 s), a
 * client may send on it just as it closes and the request fails with "socket hang up". So the
 * server waits longer than its clients do, and they close idle connections.
 */
export const IDLE_CONNECTION_KEPT_MS = 65_000;

/**
 * Starts listening and resolves once bound. A port that is taken or needs privileges rejects
 * with a ConfigError naming `portVariable`, the setting that moves it (a plain Error without
 * one, e.g. a test's own port); an address this machine does not have names MPP_HOST.
 */
export function listen(app: Express, host: string, port: number, portVariable?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.keepAliveTimeout = IDLE_CONNECTION_KEPT_MS;
    // Node's advice: longer than the keep-alive time, or a slow next request is cut mid-headers.
    server.headersTimeout = IDLE_CONNECTION_KEPT_MS + 1_000;
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port, portVariable)));
  });
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number, portVariable: string | undefined): Error {
  const portProblem = (problem: string, remedy: string) =>
    portVariable ? new ConfigError(portVariable, `${problem}: ${remedy}`) : new Error(`${problem}.`, { cause: error });
  switch (error.code) {
    case 'EADDRINUSE':
      return portProblem(`port ${port} on ${host} is in use`, `stop what uses it or set ${portVariable} to another port.`);
    case 'EACCES':
      return portProblem(
        `port ${port} on ${host} needs privileges this process does not have`,
        `set ${portVariable} to a port from 1024 up, or put a proxy in front.`,
      );
    case 'EADDRNOTAVAIL':
      return new ConfigError('MPP_HOST', `${host} is not an address of this machine: set MPP_HOST to one of its addresses, or 0.0.0.0 for all.`);
    default:
      return error;
  }
}
