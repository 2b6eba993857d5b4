// The client matrix's sequence with Node's global fetch, in a process of its own (its own connection pool).
const [url, sequence] = [process.argv[2], JSON.parse(process.argv[3])];
const results = [];
const started = performance.now();
for (const step of sequence) {
  const headers = step.body === undefined ? {} : { 'content-type': 'application/json' };
  const response = await fetch(url + step.path, { method: step.method, body: step.body, headers });
  results.push({ method: step.method, status: response.status, body: await response.text() });
}
console.log(JSON.stringify({ results, ms: performance.now() - started }));
