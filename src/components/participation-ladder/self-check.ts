/**
 * The ladder's self-check "Where does your project stand?" and what a rung asks of residents.
 * Pure functions, no DOM: the answers never leave the browser.
 */
import type { LadderInput, LadderQuestion, LadderReason } from '../../i18n/types.js';

/** The questions and the values of their options, in the order the strings' `option(q, i)` labels them. */
export const QUESTIONS = [
  ['initiative', ['residents', 'municipality', 'both']],
  ['decides', ['residents', 'together', 'limits', 'advised', 'municipality']],
  ['input', ['means', 'effort', 'advice', 'none']],
  ['open', ['open', 'fixed', 'closed']],
  ['informed', ['yes', 'no']],
] as const satisfies ReadonlyArray<readonly [LadderQuestion, readonly string[]]>;

/** Answers by question; a missing key is an unanswered question. */
export type LadderAnswers = Partial<Record<LadderQuestion, string>>;

/** Where the self-check places a project, and why (in the order the reasons apply). */
export interface LadderPlacement {
  rung: number;
  reasons: LadderReason[];
}

/** The questions still unanswered (or answered with a value that is not an option). */
export function unanswered(answers: LadderAnswers): LadderQuestion[] {
  return QUESTIONS.filter(([q, values]) => !(values as readonly string[]).includes(answers[q] ?? '')).map(([q]) => q);
}

/** The highest rung (smallest number) each kind of input allows: own means 1, effort 3, advice 4, nothing 6. */
const CAP: Record<string, number> = { means: 1, effort: 3, advice: 4, none: 6 };

/**
 * Places a project on the ladder, or `null` while a question is unanswered.
 * 1. Who decides gives a starting rung (residents 1-3, together 2, within limits 3, after advice 4,
 *    the municipality alone 6); for "residents" the initiative splits 1 (theirs), 2 (shared), 3 (the municipality's).
 * 2. What residents put in caps how high it can stand: rungs 1-2 need their own means, 1-3 their effort,
 *    4-5 at least their advice.
 * 3. A settled outcome leaves at most informing (6); fixed questions turn open advice (4) into consultation (5).
 * 4. On rung 6, residents who are not even informed have no role (7).
 */
export function placeOnLadder(a: LadderAnswers): LadderPlacement | null {
  if (unanswered(a).length) return null;
  const reasons: LadderReason[] = [];
  let rung: number;
  switch (a.decides) {
    case 'residents':
      rung = a.initiative === 'residents' ? 1 : a.initiative === 'both' ? 2 : 3;
      reasons.push(rung === 1 ? 'residents-lead' : rung === 2 ? 'shared-start' : 'residents-decide');
      break;
    case 'together':
      rung = 2;
      reasons.push('together');
      break;
    case 'limits':
      rung = 3;
      reasons.push('limits');
      break;
    case 'advised':
      rung = 4;
      reasons.push('advised');
      break;
    default:
      rung = 6;
      reasons.push('municipality');
  }
  const cap = CAP[a.input!];
  if (cap > rung) {
    rung = cap;
    reasons.push(`input-${a.input}` as LadderReason);
  }
  if (a.open === 'closed' && rung < 6) {
    rung = 6;
    reasons.push('closed');
  } else if (rung === 4) {
    if (a.open === 'fixed') rung = 5;
    reasons.push(a.open === 'fixed' ? 'fixed' : 'open');
  }
  if (rung === 6) {
    if (a.informed === 'no') rung = 7;
    reasons.push(a.informed === 'no' ? 'silent' : 'informed');
  }
  return { rung, reasons };
}

/** What residents put in on a rung: advice on 1-5, effort on 1-3, their own means on 1-2, nothing on 6-7. */
export function inputsOf(rung: number): LadderInput[] {
  const kinds: LadderInput[] = [];
  if (rung <= 5) kinds.push('advice');
  if (rung <= 3) kinds.push('effort');
  if (rung <= 2) kinds.push('means');
  return kinds.length ? kinds : ['none'];
}

/**
 * The link to an initiative from the webmaster's template (`/initiatieven/{id}`, `https://…?id={id}`), with
 * the id URL-encoded; `undefined` when there is no template or it does not give an http(s) or relative URL.
 */
export function initiativeHref(template: string | undefined, id: string, base: string): string | undefined {
  if (!template?.includes('{id}')) return undefined;
  const href = template.split('{id}').join(encodeURIComponent(id)).trim();
  try {
    return /^https?:$/.test(new URL(href, base).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
