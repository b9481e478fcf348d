import { parseArgs as parseFlags } from 'node:util';
import {
  checkClinic,
  checkPrintout,
  type Checked,
  type ClinicDetails,
  type PrintoutFields,
} from '../../shared/handout-extras.ts';
import { CLINIC_PARAMS, PAGE_SIZES, PRINTOUT_PARAMS, type PageSize } from '../../shared/print-route.ts';
import { CliError } from './handouts-error.ts';

export interface HandoutsOptions {
  mode: 'pages' | 'all' | 'book';
  pages: string[];
  format?: PageSize;
  region?: string;
  out: string;
  force: boolean;
  /** The built web edition; `--root` exists for the print benchmark. */
  root: string;
  /** Clear Print: large print, each handout on at most two pages. */
  largePrint: boolean;
  /** All the handouts in one `handouts.pdf`, each from a new page. */
  oneFile: boolean;
  clinic: ClinicDetails | null;
  printout: PrintoutFields;
}

export const USAGE = `usage: npm run handouts -- (--pages slug,slug | --all | --book) --out DIR
  [--format A4|Letter] [--region CODE] [--force]
  handouts only: [--large-print] [--one-file] [--clinic-name NAME --clinic-phone PHONE
  [--clinic-address TEXT] [--clinician NAME]] [--patient NAME] [--note TEXT] [--follow-up YYYY-MM-DD]`;
const SEE_HELP = '(see npm run handouts -- --help)';

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
const FLAGS = {
  pages: text,
  all: flag,
  book: flag,
  format: text,
  region: text,
  out: text,
  force: flag,
  root: text,
  'large-print': flag,
  'one-file': flag,
  ...Object.fromEntries(Object.values(CLINIC_PARAMS).map((name) => [name, text])),
  ...Object.fromEntries(Object.values(PRINTOUT_PARAMS).map((name) => [name, text])),
} as const;
const HANDOUT_ONLY = [
  'large-print',
  'one-file',
  ...Object.values(CLINIC_PARAMS),
  ...Object.values(PRINTOUT_PARAMS),
];

/** Node's parser, with its errors said in the CLI's words; a flag given twice is refused too. */
function readFlags(argv: string[]) {
  let parsed;
  try {
    parsed = parseFlags({ args: argv, options: FLAGS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const name = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    const bare = name.replace(/^-+/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option "${name}" ${SEE_HELP}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new CliError(
        `unexpected argument "${/'([^']*)'/.exec(message)?.[1]}": a value follows its flag, as in --out dir`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (bare in FLAGS && FLAGS[bare as keyof typeof FLAGS].type === 'boolean')
        throw new CliError(`${name} takes no value`);
      if (message.includes('ambiguous'))
        throw new CliError(`the value of ${name} starts with "-"; write it as ${name}="-…"`);
      throw new CliError(`${name} needs a value`);
    }
    throw new CliError(message.split('\n')[0]!);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new CliError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  return parsed.values as Partial<Record<keyof typeof FLAGS, string | boolean>>;
}

/** The group's values by field, then checked by the shared schema; a refusal names its flag. */
function checkGroup<K extends string, T>(
  values: Partial<Record<string, string | boolean>>,
  flags: Record<K, string>,
  check: (input: Record<K, string | undefined>) => Checked<T> | null,
): T | null {
  const input = Object.fromEntries(
    (Object.keys(flags) as K[]).map((key) => [key, values[flags[key]] as string | undefined]),
  ) as Record<K, string | undefined>;
  const checked = check(input);
  if (!checked) return null;
  if (checked.ok) return checked.value;
  const [key, message] = Object.entries(checked.errors)[0] as [K, string];
  throw new CliError(`--${flags[key]}: ${message}`);
}

export function parseArgs(argv: string[]): HandoutsOptions {
  const values = readFlags(argv);
  const modes = (['pages', 'all', 'book'] as const).filter((m) => values[m] !== undefined);
  if (modes.length !== 1) throw new CliError(`choose exactly one of --pages, --all or --book ${SEE_HELP}`);
  const mode = modes[0]!;
  if (!values.out) throw new CliError(`--out is required: the folder the PDFs go into ${SEE_HELP}`);
  const pages = ((values.pages as string | undefined) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (mode === 'pages' && !pages.length) throw new CliError('--pages needs at least one page slug');

  const extra = HANDOUT_ONLY.find((name) => values[name as keyof typeof FLAGS] !== undefined);
  if (mode === 'book' && extra)
    throw new CliError(`--${extra} is for handouts; --book prints the handbook as it is`);

  let format: PageSize | undefined;
  if (values.format !== undefined) {
    const asked = String(values.format);
    format = PAGE_SIZES.find((f) => f.toLowerCase() === asked.toLowerCase());
    if (!format) throw new CliError(`--format must be A4 or Letter, not "${asked}"`);
  }

  // The strip prints the clinic's name and phone together: one without the other is a slip.
  const given = (name: string) => String(values[name as keyof typeof FLAGS] ?? '').trim() !== '';
  const clinicGiven = Object.values(CLINIC_PARAMS).filter(given);
  for (const needed of [CLINIC_PARAMS.name, CLINIC_PARAMS.phone]) {
    if (clinicGiven.length && !given(needed))
      throw new CliError(`--${clinicGiven[0]} needs --${needed} too: the clinic strip prints both`);
  }

  return {
    mode,
    pages,
    out: String(values.out),
    force: values.force === true,
    root: (values.root as string | undefined) ?? 'out/renderer',
    largePrint: values['large-print'] === true,
    oneFile: values['one-file'] === true,
    clinic: checkGroup(values, CLINIC_PARAMS, checkClinic),
    printout: checkGroup(values, PRINTOUT_PARAMS, checkPrintout) ?? {},
    ...(format ? { format } : {}),
    ...(values.region ? { region: String(values.region) } : {}),
  };
}
