/** Moved to constants.ts; kept one release for branches still importing it. */
export * from './constants';
