import pkg from '../package.json';

/** k2h's own version, stamped into records and reports. */
export const K2H_VERSION: string = pkg.version;
