import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { IDLE_CONNECTION_KEPT_MS, listen } from './listen';

function getStatus(port: number, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/', agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    }).on('error', reject);
  });
}

describe('listen', () => {
  it('keeps an idle connection open longer than its clients keep theirs: a request after six idle seconds reuses it', async () => {
    const app = express();
    app.get('/', (_req, res) => void res.send('ok'));
    const server = await listen(app, '127.0.0.1', 0);
    let connections = 0;
    server.on('connection', () => (connections += 1));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const { port } = server.address() as AddressInfo;
      expect(await getStatus(port, agent)).toBe(200);
      // Longer than Node's default of 5 s, after which the server would have closed it.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await getStatus(port, agent)).toBe(200);
      expect(connections).toBe(1);
      expect(server.keepAliveTimeout).toBe(IDLE_CONNECTION_KEPT_MS);
      expect(server.headersTimeout).toBeGreaterThan(IDLE_CONNECTION_KEPT_MS);
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 15_000);
});
