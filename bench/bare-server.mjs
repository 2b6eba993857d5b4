// The limit: a bare node:http server answering every request with a fixed small JSON.
import http from 'node:http';

const body = JSON.stringify({
  groups: [
    { group_uid: '0123-CDEF', name: 'Office' },
    { group_uid: '4567-89AB', name: 'Home' },
  ],
});
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
const server = http.createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`bare server listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
