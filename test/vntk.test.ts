/**
 * vnpol/vntk: merging the names a tagger proposes. A scripted tagger keeps these tests free of
 * the optional dependency; one test runs vntk itself where it is installed.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { addTaggedPersons, loadVntkTagger, taggedPersons, type NerTagger } from '../src/vntk.js';

/** Tags the given words as one person each (B-PER, then I-PER), every other word O. */
function scripted(persons: string[]): NerTagger {
  return {
    tag: (text) => {
      const rows: string[][] = [];
      let rest = text;
      while (rest.length) {
        const person = persons.find((p) => rest.startsWith(p));
        if (person) {
          const [first, ...others] = person.split(' ');
          rows.push([first!, 'Np', 'B-NP', 'B-PER'], ...others.map((w) => [w, 'Np', 'I-NP', 'I-PER']));
          rest = rest.slice(person.length);
        } else {
          const word = /^\S+/.exec(rest)?.[0];
          if (word) rows.push([word, 'N', 'B-NP', 'O']);
          rest = rest.slice(word?.length ?? 1).replace(/^\s+/, '');
        }
        rest = rest.replace(/^\s+/, '');
      }
      return rows;
    },
  };
}

const text = 'Những tên tuổi như Lê Lợi, Quang Trung đã đi vào lịch sử. Bí thư Tỉnh ủy Trần Văn Hòa phát biểu.';

describe('addTaggedPersons', () => {
  test('locates tagged names in the text', () => {
    const spans = taggedPersons(text, scripted(['Lê Lợi', 'Quang Trung']));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Lê Lợi', 'Quang Trung']);
  });

  test('adds names the rules missed that the name grammar accepts, as persons of their own', () => {
    const result = addTaggedPersons(text, extract(text), scripted(['Lê Lợi', 'Quang Trung', 'Trần Văn Hòa']));
    const persons = result.mentions.filter((m) => m.type === 'person');
    expect(persons.map((m) => m.text)).toEqual(['Lê Lợi', 'Trần Văn Hòa']);
    for (const p of result.people) for (const i of p.mentions ?? []) expect(result.mentions[i]).toMatchObject({ personIndex: result.people.indexOf(p) });
    expect(result.people.find((p) => p.name === 'Trần Văn Hòa')?.positions.map((x) => x.text)).toEqual(['Bí thư Tỉnh ủy']);
  });

  test('without the grammar filter every tagged name is taken', () => {
    const result = addTaggedPersons(text, extract(text), scripted(['Lê Lợi', 'Quang Trung']), { grammar: false });
    expect(result.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Lê Lợi', 'Quang Trung', 'Trần Văn Hòa']);
  });

  test('offsets point into decomposed input', () => {
    const nfd = text.normalize('NFD');
    const result = addTaggedPersons(nfd, extract(nfd), scripted(['Lê Lợi']));
    for (const m of result.mentions) expect(nfd.slice(m.start, m.end)).toBe(m.text);
  });
});

const vntk = await loadVntkTagger().catch(() => undefined);

test.skipIf(!vntk)('vntk tags a Vietnamese name', () => {
  const spans = taggedPersons('Ông Nguyễn Văn An phát biểu.', vntk!);
  expect(spans.length).toBeGreaterThan(0);
});
