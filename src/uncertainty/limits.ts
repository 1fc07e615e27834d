/**
 * The draw counts where a run changes how it is drawn and summarised: small enough to import
 * anywhere (the command line's entry reads them before it loads the rest).
 */

/** The most draws kept whole (src/uncertainty/quantiles.ts): beyond, they are counted in bins. */
export const EXACT_LIMIT = 1_000_000;

/**
 * The fewest draws a run shares with a helper thread: 2^19 (16 scrambles of 32,768), where the
 * draws take longer than a helper thread takes to start and join (about 30 ms here); a shorter
 * run would be over before the helper could help.
 */
export const SHARED_MIN_DRAWS = 524_288;

/**
 * Whether a default-sampler run of `draws` draws is shared with a helper thread, when there is
 * one (src/uncertainty/counting.ts): from SHARED_MIN_DRAWS to EXACT_LIMIT.
 */
export const sharesDraws = (draws: number) => draws >= SHARED_MIN_DRAWS && draws <= EXACT_LIMIT;
