import type { TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from '../render/charts.js';

/** Options of `renderSvg`. */
export interface RenderSvgOptions {
  /** Receives Vega-Lite's compile warnings (a well-formed chart has none); default: ignore them. */
  readonly warn?: (message: string) => void;
}

/**
 * Render a Vega-Lite specification to SVG in Node, without a browser or a canvas: Vega's headless
 * view lays the chart out (text widths estimated) and serialises it as SVG. Vega is loaded on
 * first use, so that commands without a chart start fast.
 */
export async function renderSvg(
  spec: VegaLiteSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
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
