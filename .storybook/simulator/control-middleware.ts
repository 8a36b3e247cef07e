import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCommand } from './parse-command.js';
import type { SignallingSimulator } from './signalling-simulator.js';

const MAX_BODY_BYTES = 4096;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) reject(new Error('Body too large.'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The control channel: GET answers the status, POST runs one JSON command. */
export function controlMiddleware(simulator: SignallingSimulator) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === 'GET') return reply(res, 200, simulator.status());
    if (req.method !== 'POST') return reply(res, 405, { error: 'Use GET or POST.' });
    readBody(req)
      .then((text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return reply(res, 400, { error: 'The body is not JSON.' });
        }
        const command = parseCommand(parsed);
        if ('error' in command) return reply(res, 400, command);
        reply(res, 200, simulator.run(command));
      })
      .catch((error: unknown) => reply(res, 413, { error: String(error) }));
  };
}
