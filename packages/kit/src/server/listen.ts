import type { Server } from 'node:http';
import type { Express } from 'express';

/** Starts listening and resolves once bound (rejects if the port is taken). */
export function listen(app: Express, host: string, port: number, _portVariable?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
