import type http from 'node:http';
import net from 'node:net';

/** With no request running for this long, the connections made before the signal have been served. */
const QUIET_MS = 500;
const POLL_MS = 50;

/**
 * Counts the requests being served, so a shutdown can let them finish. Closing the listening
 * socket at once would reset the connections still waiting in its backlog (clients that connected
 * and sent their request while the event loop was busy), and Node's server.close() also drops
 * connections whose request it has not read yet. So, once told to stop, the server keeps
 * answering what reaches it, each answer with `Connection: close` (and /readyz says 503 so a
 * load balancer sends nothing new), closes the listening socket after a quiet moment, and lets
 * the last requests finish, all within the grace.
 */
export function createDrain() {
  let inFlight = 0;
  let lastActivity = Date.now();
  let closing = false;

  return {
    wrap(listener: http.RequestListener): http.RequestListener {
      return (request, response) => {
        inFlight++;
        lastActivity = Date.now();
        // A keep-alive client is told to open its next request elsewhere.
        if (closing) response.setHeader('connection', 'close');
        response.once('close', () => {
          inFlight--;
          lastActivity = Date.now();
        });
        listener(request, response);
      };
    },

    /** Whether a shutdown has begun (readiness reports it). */
    get closing(): boolean {
      return closing;
    },

    /**
     * Stops accepting connections and waits for the requests in flight, at most `graceMs`.
     * @returns whether every request finished within the grace
     */
    async drain(server: http.Server, graceMs: number): Promise<boolean> {
      closing = true;
      lastActivity = Date.now();
      const deadline = Date.now() + graceMs;
      const quiet = () => inFlight === 0 && Date.now() - lastActivity >= QUIET_MS;
      while (Date.now() < deadline && !quiet()) await delay(POLL_MS);
      if (server.listening) net.Server.prototype.close.call(server);
      while (Date.now() < deadline && inFlight > 0) await delay(POLL_MS);
      return inFlight === 0;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
