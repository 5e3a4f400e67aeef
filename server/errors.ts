/**
 * Domain errors: what the db and service code throw when a request cannot be done, named by what
 * went wrong rather than by an HTTP status. One place, {@link toProblem} in server/http/problem.ts,
 * maps each to its problem+json answer (status, the contract's problem type, field errors).
 * Nothing here knows about HTTP.
 */
import type { FieldError } from '../src/schema/index.js';

/** The base of every domain error (the mapper answers unknown errors 500). */
export abstract class DomainError extends Error {
  /** Optional sentence for developers (problem `detail`). */
  readonly detail: string | undefined;
  constructor(message: string, detail?: string) {
    super(message);
    this.name = new.target.name;
    this.detail = detail;
  }
}

/** The thing named does not exist (or is not public). */
export class NotFoundError extends DomainError {
  constructor(detail?: string) {
    super('Not found.', detail);
  }
}

/** Fields that fail a rule of the site or of the data (unknown choice, dates out of order, …). */
export class ValidationError extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super('The request has invalid fields.');
  }
}

/** A list cursor that this server did not make. */
export class InvalidCursorError extends DomainError {
  readonly errors: FieldError[] = [{ path: 'cursor', code: 'invalid' }];
  constructor() {
    super('Invalid query parameters.');
  }
}

/** The request clashes with the current state (an id taken, already published, …). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly errors?: FieldError[],
    detail?: string,
  ) {
    super(message, detail);
  }
}

/** The id a staff member chose is taken. */
export class IdTakenError extends ConflictError {
  constructor() {
    super('That id is taken.', [{ path: 'id', code: 'invalid' }]);
  }
}

/** The idea has an initiative already. */
export class AlreadyPublishedError extends ConflictError {
  constructor(initiativeId: string | null) {
    super('This idea is already published.', undefined, initiativeId ? `Initiative ${initiativeId}.` : undefined);
  }
}

/** A new capacity below the places a shift has given out. */
export class CapacityBelowTakenError extends ConflictError {
  constructor() {
    super('The capacity is below the places already taken.', [{ path: 'capacity', code: 'too-small' }]);
  }
}

/** Chosen shifts are full and the resident did not ask for the reserve list. */
export class ShiftFullError extends DomainError {
  constructor(readonly shiftIds: string[]) {
    super(
      'A chosen shift is full.',
      `Full: ${shiftIds.join(', ')}. Send joinWaitlist: true to be put on the reserve list.`,
    );
  }
}

/** The cancel token does not belong to the signup. */
export class CancelTokenMismatchError extends DomainError {
  constructor() {
    super('The cancel token does not match this signup.');
  }
}

/** No signup has this reference and cancel code (the same answer for either being wrong). */
export class CancelCodeMismatchError extends DomainError {
  constructor() {
    super(
      'The reference and cancel code do not match a signup.',
      'Check the reference and the cancel code on the receipt, or use the cancel link.',
    );
  }
}

/** Too many wrong cancel codes for the signup: its code no longer works. */
export class CancelCodeLockedError extends DomainError {
  constructor() {
    super(
      'Too many wrong cancel codes for this signup.',
      'The cancel code of this signup no longer works: use the cancel link, or contact the organiser.',
    );
  }
}

/** The database has no site yet. */
export class SiteNotConfiguredError extends DomainError {
  constructor() {
    super(
      'The site is not configured yet.',
      'For a demo, run `civic-widgets-server seed-demo` (or start once with SEED=demo); for a real site, import a site file: `civic-widgets-server site import site.json` (start from docs/site.example.json) or PUT /v1/staff/site (see docs/server.md).',
    );
  }
}
