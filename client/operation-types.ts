/**
 * Types that turn openapi-typescript's `operations` into client method signatures. An operation type
 * looks like `{ parameters: { path: {...}; query?: {...} }; requestBody?: {...}; responses: { 200: {...} } }`.
 */

/** The path parameters of an operation, or `never` when it has none. */
export type PathParams<Op> = Op extends { parameters: { path: infer P extends object } } ? P : never;

/** The query parameters of an operation, or `never` when it has none. */
export type QueryParams<Op> = Op extends { parameters: { query?: infer Q } }
  ? [Q] extends [undefined]
    ? never
    : Exclude<Q, undefined>
  : never;

/** Path and query parameters in one object, or `never` when the operation has neither. */
export type Params<Op> = [PathParams<Op>] extends [never]
  ? QueryParams<Op>
  : [QueryParams<Op>] extends [never]
    ? PathParams<Op>
    : PathParams<Op> & QueryParams<Op>;

/** The JSON request body of an operation, or `never` when it takes none. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? JsonContent<B> : never;
type JsonContent<B> = B extends { content: { 'application/json': infer J } } ? J : never;

type ParamsRequired<Op> = [PathParams<Op>] extends [never] ? (Op extends { parameters: { query: object } } ? true : false) : true;
type BodyRequired<Op> = Op extends { requestBody: object } ? true : false;
type BodyArg<Op> = [RequestBody<Op>] extends [never]
  ? []
  : BodyRequired<Op> extends true
    ? [body: RequestBody<Op>]
    : [body?: RequestBody<Op>];
type ParamsArg<Op, Optional> = [Params<Op>] extends [never] ? [] : Optional extends true ? [params?: Params<Op>] : [params: Params<Op>];

/**
 * `(params, body)`: each only when the operation has it. `params` holds the path and query parameters;
 * each argument is optional when the document says so (and nothing required follows it).
 */
export type OperationArgs<Op> = [
  ...ParamsArg<Op, ParamsRequired<Op> extends true ? false : BodyRequired<Op> extends true ? false : true>,
  ...BodyArg<Op>,
];

/** What every call resolves to: the status, the headers and the body (parsed when it is JSON). */
export interface ClientResponse<Status = number, Body = unknown> {
  status: Status;
  headers: Headers;
  body: Body;
}

/** The union of the operation's documented responses, so `if (r.status === 200)` narrows `r.body`. */
export type OperationResponse<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: ClientResponse<S, BodyOf<R[S]>> }[keyof R]
  : never;
type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** One method per operationId. */
export type OperationMethods<Ops> = {
  [Id in keyof Ops]: (...args: OperationArgs<Ops[Id]>) => Promise<OperationResponse<Ops[Id]>>;
};

/** A row of a generated `operationTable`. */
export interface OperationTableEntry {
  readonly method: string;
  readonly path: string;
  readonly query?: readonly string[];
}
