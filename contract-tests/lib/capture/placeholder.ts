import { randomBytes } from 'node:crypto';

/** A generated stand-in for a password: plainly not the target's, and different for every value. */
export const placeholder = (): string => `placeholder-${randomBytes(6).toString('hex')}`;
