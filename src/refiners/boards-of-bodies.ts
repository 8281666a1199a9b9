/**
 * A board named with the mass organization or council it belongs to is one organization (SPEC
 * §2, the longest name): "Ban Thường vụ Hội Nông dân tỉnh", "Ban Chấp hành Liên đoàn Lao động
 * tỉnh", "Ban Chấp hành Tỉnh đoàn". The organization rules read the board alone when the body
 * after it is not a Party committee; this joins the two mentions, the board written right
 * before the body. Runs after overlap resolution and before places inside organizations are
 * dropped, so a place in the body's name goes with it.
 */
import type { Candidate, OrganizationCandidate, Refiner } from '../extractors/types.js';

/** A Party-style board written alone: its body follows. */
const BOARD = /^(?:Ban [Cc]hấp hành|Ban [Tt]hường vụ|BCH|BTV|Ban Thường trực)$/;
/** Bodies that have such boards: mass organizations, unions, associations, the Youth Union. */
const BODY = /^(?:Hội|Liên đoàn|Tổng Liên đoàn|Công đoàn|Đoàn|Tỉnh đoàn|Thành đoàn|Tỉnh Đoàn|Thành Đoàn|Hiệp hội|Liên hiệp|Liên minh|Ủy ban Mặt trận|Ủy ban MTTQ|Mặt trận)(?= |$)/;
const ONE_SPACE = /^[ ]$/;

function joined(board: OrganizationCandidate, body: OrganizationCandidate): OrganizationCandidate {
  const name = `${board.name} ${body.name}`;
  const canonical = body.canonical ? `${board.canonical ?? board.name} ${body.canonical}` : undefined;
  return { type: 'organization', start: board.start, end: body.end, name, ...(canonical ? { canonical } : {}), rule: 'organization.board-of-body' };
}

export function boardsOfBodies(mentions: readonly Candidate[], text: string): Candidate[] {
  const organizations = mentions.filter((m): m is OrganizationCandidate => m.type === 'organization').sort((a, b) => a.start - b.start);
  const replaced = new Map<Candidate, OrganizationCandidate | null>();
  for (let i = 0; i + 1 < organizations.length; i++) {
    const board = organizations[i]!;
    const body = organizations[i + 1]!;
    if (!BOARD.test(board.name) || !BODY.test(body.name) || !ONE_SPACE.test(text.slice(board.end, body.start))) continue;
    replaced.set(board, joined(board, body));
    replaced.set(body, null);
    i++;
  }
  if (replaced.size === 0) return [...mentions];
  return mentions.flatMap((m) => {
    const r = replaced.get(m);
    return r === undefined ? [m] : r ? [r] : [];
  });
}

export const boardsOfBodiesRefiner: Refiner = {
  id: 'boards-of-bodies',
  refine: (draft, ctx) => ({ ...draft, mentions: boardsOfBodies(draft.mentions, ctx.text) }),
};
