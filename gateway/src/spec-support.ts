import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * What the gateway's specs share. Not built (tsconfig.build.json leaves it out).
 */

/**
 * A stand-in subgraph on a real HTTP server that counts the connections opened to it and the
 * calls it is answering at once; each call is answered after `delayMs`, given the body it came with.
 */
export class StandInSubgraph {
  connections = 0;
  inFlight = 0;
  mostInFlight = 0;
  calls = 0;
  private readonly server: Server;

  constructor(
    private readonly delayMs: number,
    private readonly answer: (request: IncomingMessage, response: ServerResponse, body: string) => void,
  ) {
    this.server = createServer((request, response) => {
      this.calls += 1;
      this.inFlight += 1;
      this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () =>
        setTimeout(() => {
          this.inFlight -= 1;
          this.answer(request, response, body);
        }, this.delayMs),
      );
    });
    this.server.on('connection', () => (this.connections += 1));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  reset(): void {
    this.connections = 0;
    this.mostInFlight = 0;
    this.calls = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
