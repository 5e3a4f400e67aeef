/**
 * Abuse flagging of resident submissions (ideas, signups): a filled honeypot field or a form sent
 * faster than a person can fill it marks the submission `flagged`. It is accepted all the same, so
 * a bot learns nothing; staff see the flag, and a flagged signup takes no real place (see
 * docs/server.md, abuse protections).
 */
export interface Fillable {
  readonly honeypot: string;
  readonly fillMs: number;
}

/** True when the submission is likely automated. */
export const isFlagged = ({ honeypot, fillMs }: Fillable, minFillMs: number): boolean =>
  honeypot !== '' || fillMs < minFillMs;
