import type { Server } from 'node:http';
import type { Plugin } from 'vite';
import { controlMiddleware } from './control-middleware.js';
import { CONTROL_PATH } from './protocol.js';
import { createSignallingSimulator } from './signalling-simulator.js';

/** Storybook runs Vite in middleware mode and hands its own HTTP server over as `hmr.server`. */
function hostServer(httpServer: unknown, hmr: unknown): Server | undefined {
  if (httpServer) return httpServer as Server;
  if (hmr && typeof hmr === 'object' && 'server' in hmr) return hmr.server as Server | undefined;
  return undefined;
}

/** Serves the signalling simulator and its control endpoint from the dev server it is added to. */
export function signallingSimulatorPlugin(): Plugin {
  return {
    name: 'arcware-signalling-simulator',
    apply: 'serve',
    configureServer(server) {
      const simulator = createSignallingSimulator();
      server.middlewares.use(CONTROL_PATH, controlMiddleware(simulator));
      const http = hostServer(server.httpServer, server.config.server.hmr);
      http?.on('upgrade', (request, socket, head) =>
        simulator.handleUpgrade(request, socket, head),
      );
      http?.on('close', () => simulator.close());
    },
  };
}
