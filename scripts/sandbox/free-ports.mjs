// Print N free TCP ports on 127.0.0.1, one per line (default 1).
// All listeners stay open until every port is picked, so the N ports are
// distinct; they are closed before printing so the servers can bind them.
// A port could in theory be taken by someone else before our server binds
// it; start.sh then fails loudly on the readiness check.
import { createServer } from 'node:net';

const count = Number(process.argv[2] ?? '1');
if (!Number.isInteger(count) || count < 1 || count > 20) {
  console.error('usage: free-ports.mjs [COUNT 1..20]');
  process.exit(2);
}

const listen = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const servers = [];
for (let i = 0; i < count; i++) servers.push(await listen());
const ports = servers.map((s) => s.address().port);
await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
console.log(ports.join('\n'));
