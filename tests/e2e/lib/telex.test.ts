import { describe, expect, it } from 'vitest';
import { compositionEvents, telexToText, unikeyEvents } from './telex';

describe('Telex simulator used by the IME end-to-end tests', () => {
  it('composes the words drafters type', () => {
    expect(telexToText('Thanhf uyr Caanf Thow')).toBe('Thành ủy Cần Thơ');
    expect(telexToText('Nghij quyeets ddaij hooij')).toBe('Nghị quyết đại hội');
    expect(telexToText('nguwowif hoaf')).toBe('người hòa');
    expect(telexToText('Quyeets')).toBe('Quyết');
    expect(telexToText('giaor')).toBe('giảo');
  });

  it('Unikey style: keys that only append are sent as keys; a transform is Backspace + composed text', () => {
    expect(unikeyEvents('Caanf')).toEqual([
      { kind: 'key', key: 'C' },
      { kind: 'key', key: 'a' },
      { kind: 'backspace', count: 1 },
      { kind: 'insert', text: 'â' },
      { kind: 'key', key: 'n' },
      { kind: 'backspace', count: 2 },
      { kind: 'insert', text: 'ần' },
    ]);
  });

  it('replaying the Unikey events on a plain string gives the composed text', () => {
    for (const keys of ['Thanhf uyr Caanf Thow', 'Nghij quyeets ddaij hooij', 'nguwowif']) {
      let s = '';
      for (const e of unikeyEvents(keys)) {
        if (e.kind === 'key') s += e.key === 'Space' ? ' ' : e.key;
        else if (e.kind === 'backspace') s = s.slice(0, s.length - e.count);
        else if (e.kind === 'insert') s += e.text;
      }
      expect(s).toBe(telexToText(keys));
    }
  });

  it('composition style: a pre-edit per key, committed once per word', () => {
    const ev = compositionEvents('uyr');
    expect(ev).toEqual([
      { kind: 'compose', text: 'u' },
      { kind: 'compose', text: 'uy' },
      { kind: 'compose', text: 'ủy' },
      { kind: 'commit', text: 'ủy' },
    ]);
  });
});
