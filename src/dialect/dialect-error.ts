/** A dialect that cannot be used: names the file and the JSON path of the first problem, on one line. */
export class DialectError extends Error {
  override readonly name = 'DialectError';

  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${file}: ${pointer === '' ? '(the document)' : pointer} ${reason}`);
  }
}

/** A dialect whose values do not fit together; `pointer` is into the dialect. Reported as a DialectError. */
export class DialectProblem extends Error {
  override readonly name = 'DialectProblem';

  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}
