import { version } from '../../package.json';

/**
 * Version of the estimation method (docs/method.md); changes when the arithmetic changes.
 *
 * @example
 * estimate(daNang2024).provenance.methodVersion === METHOD_VERSION // => true
 */
export const METHOD_VERSION = '1.4.0';

/** Name of the method, as recorded in every result's provenance. */
export const METHOD_NAME =
  'digital-economy-share: core ICT + sectoral digitalisation (docs/method.md)';

/**
 * Version of this package.
 *
 * @example
 * PACKAGE_VERSION // => '0.1.0'
 */
export const PACKAGE_VERSION: string = version;
