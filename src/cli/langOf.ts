import { LANGS, type Lang } from '../i18n/format.js';

/**
 * The language asked for with `--lang` (or `-l`) anywhere in the arguments, so that even a usage
 * or write error is reported in it; English when absent or not one of the supported languages.
 */
export function langOf(args: readonly string[]): Lang {
  let asked: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--lang' || arg === '-l') asked = args[i + 1];
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  });
  return LANGS.find((lang) => lang === asked) ?? 'en';
}
