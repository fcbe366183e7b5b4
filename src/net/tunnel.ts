import * as https from 'node:https';
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import type { ProxyRoute } from './proxy.js';

/** Largest CONNECT answer header we read before giving up on the proxy. */
const MAX_CONNECT_HEADER = 16 * 1024;

/**
 * A failure at the proxy (cannot connect, CONNECT refused): its message names
 * the proxy (never its credentials) and is final; the code marks it for the
 * transport, which neither rewords nor retries it.
 */
export class ProxyTunnelError extends Error {
  readonly code = 'EPROXY';
}

/**
 * An https Agent whose connections go through an HTTP proxy's CONNECT tunnel.
 * TLS runs end to end with the origin inside the tunnel, with the agent's own
 * options (its secure context, so a trust-server-ca pin holds, and the
 * origin's name for SNI and the certificate check): the proxy sees only the
 * host and port it is asked to connect to.
 */
export class TunnelAgent extends https.Agent {
  constructor(
    options: https.AgentOptions,
    private readonly route: ProxyRoute
  ) {
    super(options);
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void
  ): Duplex | null | undefined {
    openTunnel(this.route, options).then(
      (socket) => {
        const secure = tls.connect({
          ...(options as tls.ConnectionOptions),
          socket,
          servername: options.servername ?? serverName(options.host),
        });
        callback?.(null, secure);
      },
      (err: Error) => callback?.(err, undefined as unknown as Duplex)
    );
    return undefined;
  }
}

function serverName(host: string | null | undefined): string | undefined {
  // SNI carries names only, never IP addresses (RFC 6066 §3).
  return host && !net.isIP(host) ? host : undefined;
}

/** Connects to the proxy and asks it for a tunnel to the request's origin. */
function openTunnel(
  route: ProxyRoute,
  options: https.RequestOptions
): Promise<net.Socket> {
  const host = options.host ?? 'localhost';
  const authority = `${net.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: route.host, port: route.port });
    let header = '';
    const fail = (message: string) => {
      socket.destroy();
      reject(new ProxyTunnelError(message));
    };
    socket.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        `cannot connect to the proxy ${route.display} (${err.code ?? err.message}); check HTTPS_PROXY and NO_PROXY`
      )
    );
    socket.once('connect', () => {
      const auth = route.authorization
        ? `Proxy-Authorization: ${route.authorization}\r\n`
        : '';
      socket.write(
        `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`
      );
    });
    const onData = (chunk: Buffer) => {
      header += chunk.toString('latin1');
      const end = header.indexOf('\r\n\r\n');
      if (end < 0) {
        if (header.length > MAX_CONNECT_HEADER)
          fail(`the proxy ${route.display} sent an oversized answer`);
        return;
      }
      socket.off('data', onData);
      const status = /^HTTP\/1\.[01] (\d{3})(.*)$/m.exec(header);
      if (status?.[1] !== '200') {
        const line = status ? `${status[1]}${status[2]}`.trim() : 'no answer';
        fail(
          `the proxy ${route.display} refused to connect to ${authority} (${line})`
        );
        return;
      }
      // Anything after the header belongs to the TLS stream: give it back.
      const rest = Buffer.from(header.slice(end + 4), 'latin1');
      if (rest.length) socket.unshift(rest);
      socket.removeAllListeners('error');
      socket.off('end', onEnd);
      resolve(socket);
    };
    const onEnd = () =>
      fail(`the proxy ${route.display} closed the connection`);
    socket.on('data', onData);
    socket.once('end', onEnd);
  });
}
