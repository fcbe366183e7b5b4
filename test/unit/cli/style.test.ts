import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { fakeIO } from '../../helpers/fake-cli-io.js';

describe('error output colour', () => {
  describe('when stderr is a terminal', () => {
    it('paints the error prefix red', async () => {
      const io = { ...fakeIO(), isTTY: true };
      const lines: string[] = [];
      io.err = (t) => void lines.push(t);
      expect(await runCli(['sing'], io)).toBe(2);
      expect(lines[0]).toBe(
        '\u001b[31merror:\u001b[0m unknown command "sing"; run dct-sign --help'
      );
    });
  });

  describe('when NO_COLOR is set or the output is not a terminal', () => {
    it('prints plain text', async () => {
      for (const io of [
        { ...fakeIO({ NO_COLOR: '1' }), isTTY: true },
        fakeIO(),
      ]) {
        const lines: string[] = [];
        io.err = (t) => void lines.push(t);
        await runCli(['sing'], io);
        expect(lines[0]).toBe(
          'error: unknown command "sing"; run dct-sign --help'
        );
      }
    });
  });
});
