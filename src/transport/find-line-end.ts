import { createFramingError, type FramingError } from './framing-error.js';

/** The line continues beyond the end of the chunk. */
export const NEED_MORE = -1;
/** An LF that is not preceded by CR. */
export const BARE_LF = -2;
/** A CR that is not followed by LF. */
export const LONE_CR = -3;

export interface LineState {
  /** The previous segment of the current line ended with CR. */
  lineCR: boolean;
}

/**
 * Find the LF that ends the current line, searching from `pos` (< chunk.length).
 * Lines must end in CRLF; an LF without CR is an error. A CR elsewhere in the
 * line is only looked for when `rejectLoneCR` is set: Node's strict parser
 * rejects it by itself, a lenient one (insecureHTTPParser) may take it for a
 * line end. Uses Buffer.indexOf, never a per-byte loop.
 */
export function findLineEnd(state: LineState, chunk: Buffer, pos: number, rejectLoneCR: boolean): number {
  const lf = chunk.indexOf(10, pos);
  if (rejectLoneCR) return checkLoneCR(state, chunk, pos, lf);
  if (lf === -1) {
    state.lineCR = chunk[chunk.length - 1] === 13;
    return NEED_MORE;
  }
  if (lf === pos ? !state.lineCR : chunk[lf - 1] !== 13) return BARE_LF;
  state.lineCR = false;
  return lf;
}

function checkLoneCR(state: LineState, chunk: Buffer, pos: number, lf: number): number {
  if (state.lineCR && lf !== pos) return LONE_CR;
  const cr = chunk.indexOf(13, pos);
  if (lf === -1) {
    if (cr !== -1 && cr !== chunk.length - 1) return LONE_CR;
    state.lineCR = cr !== -1;
    return NEED_MORE;
  }
  if (lf === pos ? !state.lineCR : chunk[lf - 1] !== 13) return BARE_LF;
  if (cr !== -1 && cr < lf - 1) return LONE_CR;
  state.lineCR = false;
  return lf;
}

/** The framing error for a negative result of findLineEnd. */
export function lineEndError(result: number): FramingError {
  return result === BARE_LF
    ? createFramingError('HPE_CR_EXPECTED', 'Missing expected CR before LF')
    : createFramingError('HPE_LF_EXPECTED', 'Missing expected LF after CR');
}
