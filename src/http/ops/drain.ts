import type http from 'node:http';
import net from 'node:net';

/** With no request running for this long, a connection accepted before the close has had its chance. */
const QUIET_MS = 500;
const POLL_MS = 50;

/**
 * Counts the requests being served, so a shutdown can let them finish. Node's server.close()
 * also drops every connection it deems idle, and that includes one accepted a moment ago whose
 * request has not been read yet (a busy event loop): that client would see a reset. So the
 * listening socket is closed alone first, and connections go once their requests are done.
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

    /**
     * Stops accepting connections and waits for the requests in flight, at most `graceMs`.
     * @returns whether every request finished within the grace
     */
    async drain(server: http.Server, graceMs: number): Promise<boolean> {
      closing = true;
      if (server.listening) net.Server.prototype.close.call(server);
      const deadline = Date.now() + graceMs;
      while (Date.now() < deadline) {
        const connections = await new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
        if (connections === 0 || (inFlight === 0 && Date.now() - lastActivity >= QUIET_MS)) return true;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return inFlight === 0;
    },
  };
}
