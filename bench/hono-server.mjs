// The framework's own cost: Hono on @hono/node-server answering every request with the bare server's JSON.
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';

const groups = [
  { group_uid: '0123-CDEF', name: 'Office' },
  { group_uid: '4567-89AB', name: 'Home' },
];
const app = new Hono();
app.all('*', (c) => c.json({ groups }));
const server = createAdaptorServer({ fetch: app.fetch });
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`hono server listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
