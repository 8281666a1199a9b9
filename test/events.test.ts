/** Events beside documents, and the ordinal helpers (src/patterns/ordinals.ts) they rest on. */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { ordinalToInt, romanToInt } from '../src/patterns/ordinals.js';

describe('ordinals', () => {
  test.each([
    ['XIII', 13],
    ['XIV', 14],
    ['IX', 9],
    ['XL', 40],
    ['17', 17],
    ['nhất', 1],
    ['tư', 4],
    ['năm', 5],
    ['mười', 10],
    ['mười lăm', 15],
    ['Sáu', 6],
    ['Mười hai', 12],
    ['mười một', 11],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
  ])('%s → %i', (written, value) => expect(ordinalToInt(written)).toBe(value));

  test('not an ordinal', () => {
    expect(ordinalToInt('nhiều')).toBeUndefined();
    expect(ordinalToInt(undefined)).toBeUndefined();
  });

  test('Roman numerals subtract before a larger digit', () => expect(romanToInt('XIX')).toBe(19));
});

describe('events and documents together', () => {
  test('a congress resolution nests its congress', () => {
    const { mentions } = extract('triển khai Nghị quyết Đại hội XIV của Đảng', { referenceDate: '2026-03-01' });
    const doc = mentions.find((m) => m.type === 'document');
    const event = mentions.find((m) => m.type === 'event');
    expect(doc).toMatchObject({ text: 'Nghị quyết Đại hội XIV', issuer: 'Đại hội XIV' });
    expect(event).toMatchObject({ text: 'Đại hội XIV', kind: 'congress', ordinal: 14, body: 'Đảng' });
  });

  test('a plenum, its resolution and a session in one article', () => {
    const text = 'Hội nghị Trung ương 9 khóa XIII bàn về Nghị quyết Trung ương 9. Kỳ họp thứ 7, Quốc hội khóa XV khai mạc.';
    const events = extract(text, { referenceDate: '2024-05-20' }).mentions.filter((m) => m.type === 'event');
    expect(events.map((e) => [e.text, e.type === 'event' && e.kind])).toEqual([
      ['Hội nghị Trung ương 9 khóa XIII', 'plenum'],
      ['Kỳ họp thứ 7, Quốc hội khóa XV', 'session'],
    ]);
  });
});
