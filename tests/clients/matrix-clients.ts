import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from 'undici';
import { run } from '../helpers/run.js';

/** One request of the sequence every client sends. */
export interface Step {
  method: string;
  path: string;
  /** A JSON text, sent with Content-Type: application/json. */
  body?: string;
}

/** What a client got: each answer, and how long the sequence took (its own requests, not its start-up), in ms. */
export interface Outcome {
  statuses: number[];
  bodies: string[];
  ms: number;
}

export interface MatrixClient {
  name: string;
  /** Whether the client is installed here. */
  present(): boolean;
  /**
   * The most connections it may use for the sequence: 1 for a client that keeps one connection alive, one
   * per request for a client that cannot reuse one across runs (wget).
   */
  maxConnections: number;
  run(url: string, sequence: readonly Step[]): Promise<Outcome>;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
/** Minutes, not seconds: the first `go run` on a fresh machine compiles net/http. */
const PROGRAM_TIMEOUT_MS = 180_000;

/** A program under tests/clients/ that prints `{ results: [{ status, body }], ms }`. */
async function program(command: string, args: string[]): Promise<Outcome> {
  const { code, stdout, stderr } = await run(command, args, { timeout: PROGRAM_TIMEOUT_MS });
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr}`);
  const { results, ms } = JSON.parse(stdout) as { results: Array<{ status: number; body: string }>; ms: number };
  return { statuses: results.map((r) => r.status), bodies: results.map((r) => r.body), ms };
}

/** One curl process, the requests separated by --next: curl keeps the connection between them. */
async function curl(url: string, sequence: readonly Step[], version: '--http1.1' | '--http2'): Promise<Outcome> {
  const args = sequence.flatMap((step, i) => [
    ...(i > 0 ? ['--next'] : []),
    '-sS',
    version,
    '-X',
    step.method,
    ...(step.body === undefined ? [] : ['-H', 'Content-Type: application/json', '--data-raw', step.body]),
    '-w',
    '\n@@%{http_code} %{time_total}@@\n',
    `${url}${step.path}`,
  ]);
  const { code, stdout, stderr } = await run('curl', args);
  if (code !== 0) throw new Error(`curl exited with ${code}: ${stderr}`);
  const parts = [...stdout.matchAll(/([\s\S]*?)\n@@(\d+) ([\d.]+)@@\n/g)];
  return {
    statuses: parts.map((p) => Number(p[2])),
    bodies: parts.map((p) => p[1] ?? ''),
    ms: parts.reduce((sum, p) => sum + Number(p[3]) * 1000, 0),
  };
}

/** wget sends one method per run, so one run (and one connection) per request; the sum of the runs' times. */
async function wget(url: string, sequence: readonly Step[]): Promise<Outcome> {
  const outcome: Outcome = { statuses: [], bodies: [], ms: 0 };
  for (const step of sequence) {
    const body = step.body === undefined ? [] : ['--header=Content-Type: application/json', `--body-data=${step.body}`];
    const started = performance.now();
    const { stdout, stderr } = await run('wget', [
      '-q',
      '-S',
      '--content-on-error',
      '-O',
      '-',
      `--method=${step.method}`,
      ...body,
      `${url}${step.path}`,
    ]);
    outcome.ms += performance.now() - started;
    outcome.statuses.push(Number(/HTTP\/1\.[01] (\d{3})/.exec(stderr)?.[1] ?? 0));
    outcome.bodies.push(stdout);
  }
  return outcome;
}

async function inProcess(send: (step: Step) => Promise<{ status: number; body: string }>, sequence: readonly Step[]): Promise<Outcome> {
  const outcome: Outcome = { statuses: [], bodies: [], ms: 0 };
  const started = performance.now();
  for (const step of sequence) {
    const { status, body } = await send(step);
    outcome.statuses.push(status);
    outcome.bodies.push(body);
  }
  outcome.ms = performance.now() - started;
  return outcome;
}

const jsonHeaders = (step: Step): Record<string, string> => (step.body === undefined ? {} : { 'content-type': 'application/json' });
const sequenceArg = (sequence: readonly Step[]) => JSON.stringify(sequence);
const javaArgs = (sequence: readonly Step[]) => sequence.flatMap((s) => [s.method, s.path, s.body ?? '-']);
const curlHasHttp2 = () => /\bHTTP2\b/.test(spawnSync('curl', ['--version'], { encoding: 'utf8' }).stdout ?? '');

export const MATRIX_CLIENTS: readonly MatrixClient[] = [
  { name: 'curl (HTTP/1.1)', present: () => succeeds('curl', ['--version']), maxConnections: 1, run: (u, s) => curl(u, s, '--http1.1') },
  { name: 'curl --http2', present: curlHasHttp2, maxConnections: 1, run: (u, s) => curl(u, s, '--http2') },
  {
    name: 'Python http.client',
    present: () => succeeds('python3', ['-c', 'import http.client']),
    maxConnections: 1,
    run: (u, s) => program('python3', [here('./python_http_client.py'), u, sequenceArg(s)]),
  },
  {
    name: 'Python requests',
    present: () => succeeds('python3', ['-c', 'import requests']),
    maxConnections: 1,
    run: (u, s) => program('python3', [here('./python_requests.py'), u, sequenceArg(s)]),
  },
  {
    name: 'Go net/http',
    present: () => succeeds('go', ['version']),
    maxConnections: 1,
    run: (u, s) => program('go', ['run', here('./go_client.go'), u, sequenceArg(s)]),
  },
  {
    name: 'Java HttpClient (default)',
    present: () => succeeds('java', ['-version']),
    maxConnections: 1,
    run: (u, s) => program('java', [here('./MatrixClient.java'), u, 'default', ...javaArgs(s)]),
  },
  {
    name: 'Java HttpClient (HTTP_1_1)',
    present: () => succeeds('java', ['-version']),
    maxConnections: 1,
    run: (u, s) => program('java', [here('./MatrixClient.java'), u, 'http1', ...javaArgs(s)]),
  },
  {
    name: 'Ruby Net::HTTP',
    present: () => succeeds('ruby', ['-e', "require 'net/http'"]),
    maxConnections: 1,
    run: (u, s) => program('ruby', [here('./ruby_client.rb'), u, sequenceArg(s)]),
  },
  {
    // Its pool takes a second kept-alive connection when the next request comes before the last response's
    // connection is released (bare node:http sees the same: GET and PUT on one, the two others on the other).
    name: 'Node fetch',
    present: () => true,
    maxConnections: 2,
    run: (u, s) => program(process.execPath, [here('./node_fetch.mjs'), u, sequenceArg(s)]),
  },
  {
    name: 'undici Client',
    present: () => true,
    maxConnections: 1,
    run: async (u, s) => {
      const client = new Client(u);
      try {
        return await inProcess(async (step) => {
          const response = await client.request({ method: step.method, path: step.path, body: step.body, headers: jsonHeaders(step) });
          return { status: response.statusCode, body: await response.body.text() };
        }, s);
      } finally {
        await client.close();
      }
    },
  },
  { name: 'wget', present: () => succeeds('wget', ['--version']), maxConnections: 4, run: wget },
];
