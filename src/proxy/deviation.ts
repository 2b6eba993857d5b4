/**
 * Where a real Remotix's answer and the document (fitted to the dialect) part ways. Its own file of plain
 * types: the public declarations name it (a request record carries its deviations) and must need no Node types.
 */
export interface Deviation {
  check: 'operation' | 'server-error' | 'status' | 'content-type' | 'body';
  /** Whether the part it breaks is documented by the reference or assumed (docs/decisions/000). */
  source: 'documented' | 'assumed';
  message: string;
}
