import type { TopLevelSpec } from 'vega-lite';
import { InputError, missingPackageIssue } from '../input/inputError.js';
import { isMissingModule } from '../math/matrix.js';
import type { VegaLiteSpec } from '../render/charts.js';

/** Options of `renderSvg`. */
export interface RenderSvgOptions {
  /** Receives Vega-Lite's compile warnings (a well-formed chart has none); default: ignore them. */
  readonly warn?: (message: string) => void;
  /** Loads vega and vega-lite (tests replace it). */
  readonly load?: () => Promise<[typeof import('vega'), typeof import('vega-lite')]>;
}

const loadVega = () => Promise.all([import('vega'), import('vega-lite')]);

/**
 * Render a Vega-Lite specification to SVG in Node, without a browser or a canvas: Vega's headless
 * view lays the chart out (text widths estimated) and serialises it as SVG. Vega is loaded on
 * first use, so that commands without a chart start fast; vega and vega-lite are optional peer
 * dependencies (79 packages, charts only): without them this throws an InputError naming them.
 */
export async function renderSvg(
  spec: VegaLiteSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  let vega: typeof import('vega');
  let compile: typeof import('vega-lite')['compile'];
  try {
    [vega, { compile }] = await (options.load ?? loadVega)();
  } catch (error) {
    if (!isMissingModule(error)) throw error;
    throw new InputError('digital-economy-share', [
      missingPackageIssue(['--chart'], ['vega', 'vega-lite'], '--chart'),
    ]);
  }
  const warn = options.warn ?? (() => {});
  const logger = {
    level: (() => logger) as never,
    error: (...args: unknown[]) => {
      throw new Error(args.join(' '));
    },
    warn: (...args: unknown[]) => {
      warn(args.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    logLevel: vega.Warn,
    logger: logger as never,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
