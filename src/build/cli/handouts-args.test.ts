import { describe, expect, it } from 'vitest';
import { parseArgs } from './handouts-args.ts';
import { CliError } from './handouts-error.ts';

describe('parseArgs', () => {
  it('reads every option, in either --flag value or --flag=value form', () => {
    expect(
      parseArgs(['--pages', 'a, b', '--format=letter', '--region', 'US', '--out', 'x', '--force']),
    ).toEqual({
      mode: 'pages',
      pages: ['a', 'b'],
      format: 'Letter',
      region: 'US',
      out: 'x',
      force: true,
      root: 'out/renderer',
      largePrint: false,
      oneFile: false,
      clinic: null,
      printout: {},
    });
    expect(parseArgs(['--book', '--out=dir', '--root', 'r'])).toMatchObject({
      mode: 'book',
      out: 'dir',
      root: 'r',
    });
  });

  it("reads the issue's example: clinic, patient, note, follow-up, large print, one file", () => {
    const options = parseArgs([
      '--pages', 'self-care,later-pregnancy',
      '--clinic-name', 'Riverside Surgery',
      '--clinic-phone', '01632 960000',
      '--clinic-address', ' 1 River Lane ',
      '--clinician', 'Dr A Khan',
      '--patient', 'Sam Jones',
      '--note', 'Back to see me in 2 weeks\nif no better',
      '--follow-up', '2026-12-20',
      '--large-print',
      '--one-file',
      '--out', 'dir',
    ]); // prettier-ignore
    expect(options).toMatchObject({
      pages: ['self-care', 'later-pregnancy'],
      largePrint: true,
      oneFile: true,
      clinic: {
        name: 'Riverside Surgery',
        phone: '01632 960000',
        address: '1 River Lane',
        clinician: 'Dr A Khan',
      },
      printout: {
        patient: 'Sam Jones',
        note: 'Back to see me in 2 weeks\nif no better',
        followUp: '2026-12-20',
      },
    });
  });

  it('leaves out empty fields, so an empty value prints the blank lines', () => {
    expect(parseArgs(['--all', '--out', 'x', '--patient', ' ', '--note', ''])).toMatchObject({
      clinic: null,
      printout: {},
    });
  });

  it.each([
    [['--out', 'x'], /^choose exactly one of --pages, --all or --book/],
    [['--all', '--book', '--out', 'x'], /^choose exactly one/],
    [['--all'], /^--out is required/],
    [['--all', '--out'], /^--out needs a value$/],
    [['--all', '--out', 'x', '--format', 'A5'], /^--format must be A4 or Letter, not "A5"$/],
    [['--all', '--out', 'x', '--colour'], /^unknown option "--colour" \(see npm run handouts -- --help\)$/],
    [['--all', '--out', 'x', '-l'], /^unknown option "-l"/],
    [['--all', '--out', 'x', 'extra'], /^unexpected argument "extra"/],
    [['--all', '--out', 'x', '--force=yes'], /^--force takes no value$/],
    [
      ['--all', '--out', 'x', '--note', '-5 kg'],
      /^the value of --note starts with "-"; write it as --note="-…"$/,
    ],
    [['--all', '--out', 'x', '--out', 'y'], /^--out is given twice; give it once$/],
    [['--pages', ',', '--out', 'x'], /^--pages needs at least one page slug$/],
    [
      ['--book', '--out', 'x', '--large-print'],
      /^--large-print is for handouts; --book prints the handbook as it is$/,
    ],
    [['--book', '--out', 'x', '--note', 'hi'], /^--note is for handouts/],
    [
      ['--all', '--out', 'x', '--note', 'n'.repeat(612)],
      /^--note: The note is 612 characters; at most 600 fit in the note box$/,
    ],
    [
      ['--all', '--out', 'x', '--follow-up', 'next week'],
      /^--follow-up: The follow-up date must be a date such as 2026-12-20$/,
    ],
    [
      ['--all', '--out', 'x', '--follow-up', '2026-02-30'],
      /^--follow-up: The follow-up date is not a date in the calendar$/,
    ],
    [
      ['--all', '--out', 'x', '--patient', 'Sam\nJones'],
      /^--patient: The patient's name must be plain text on one line$/,
    ],
    [
      ['--all', '--out', 'x', '--clinic-phone', '01632 960000'],
      /^--clinic-phone needs --clinic-name too: the clinic strip prints both$/,
    ],
    [['--all', '--out', 'x', '--clinic-name', 'Riverside'], /^--clinic-name needs --clinic-phone too/],
    [['--all', '--out', 'x', '--clinician', 'Dr K'], /^--clinician needs --clinic-name too/],
    [
      ['--all', '--out', 'x', '--clinic-name', 'R', '--clinic-phone', '1'.repeat(41)],
      /^--clinic-phone: The clinic phone is 41 characters; at most 40 fit$/,
    ],
  ])('%j is refused with exit code 2', (args, message) => {
    let thrown: unknown;
    try {
      parseArgs(args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toMatch(message);
    expect((thrown as CliError).exitCode).toBe(2);
  });
});
