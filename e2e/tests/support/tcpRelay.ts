import net from 'node:net';

/**
 * `node --import tsx tcpRelay.ts <listenPort> <targetPort>`: passes every connection on loopback from
 * one port to another, in a process of its own. The e2e journeys put one between the BFFs and the
 * delivery service, which otherwise shares one process with every other service: stopping this
 * process (SIGSTOP) stops the delivery service answering for real, and only it.
 */
const [listenPort, targetPort] = process.argv.slice(2).map(Number);
if (!listenPort || !targetPort) {
  console.error('usage: tcpRelay.ts <listenPort> <targetPort>');
  process.exit(2);
}

const server = net.createServer((client) => {
  const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
  for (const socket of [client, upstream]) {
    socket.setNoDelay(true);
    // One side failing ends the pair; the caller sees the connection close, as it would without us.
    socket.on('error', () => socket.destroy());
  }
  client.pipe(upstream);
  upstream.pipe(client);
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
});
server.listen(listenPort, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
