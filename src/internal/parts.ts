/**
 * The CSS part names of the widgets, one vocabulary: a page styles the inside of a widget with
 * `::part(name)`, and a name means one thing in every widget, so a rule for several widgets at once
 * (`:is(civic-idea-form, civic-volunteer-signup)::part(result)`) styles the same kind of thing.
 * docs/parts.md is this table in prose; test/node/parts.test.ts holds every `@csspart` of the widgets
 * to it and test/browser/internal/parts.test.ts every `part` they render.
 *
 * Anatomy nouns first (the form blocks every form shares), then what one widget needs of its own.
 * An element may carry two names when it is both (`part="item rung"`: an entry of the ladder's list
 * that is a rung).
 */
export const PARTS = {
  // Forms (GOV.UK anatomy)
  form: 'A `<form>`: a widget form, the list’s filter bar (`role="search"`), the ladder’s self-check.',
  'error-summary': 'The error summary at the top of a form after a failed send; takes focus.',
  field: 'The wrapper of one field or filter: its label, hint, error message and control.',
  label: 'A `<label>`.',
  hint: 'A hint: of a field, of a group of choices, of one choice.',
  'error-message': 'An inline error message under a field or group (with its hidden “Error:” prefix).',
  input: 'A control: input, select, textarea, radio, checkbox.',
  fieldset: 'A group of choices or of fields.',
  legend: 'The legend of a group.',
  'submit-button': 'The button that sends a form (whatever it says: “Send”, “Cancel my signup”, “Show the rung”).',
  // Outcomes and messages
  result:
    'What a form answered, shown after sending and given focus: the idea form’s and the signup’s outcome panel (sent, saved on this device, cancelled), the ladder’s self-check result.',
  status:
    'A short live status line (`role="status"`): the list’s result count, “Loading…” or load error; the signup’s “Copied”.',
  error: 'A panel that says something went wrong: not configured, loading failed, sending failed.',
  // Lists
  list: 'A list of things: initiatives, the rungs of the ladder, the shifts in a signup’s outcome.',
  item: 'One entry of a `list`.',
  details: 'The details of one thing: an initiative’s (opened under its card), a volunteer role’s.',
  // The participation ladder and the rungs the list shows
  rung: 'One rung of the participation ladder, on the ladder or its compact scale (also an `item`).',
  'rung-name': 'The rung an initiative is on, named on its card.',
  'rung-button': 'The button of a rung: opens its explanation (on the compact scale, the ladder).',
  explanation: 'A rung’s explanation.',
  examples: 'The live examples of a rung.',
  toggle: 'The compact ladder’s button that shows or hides the full ladder.',
  'self-check': 'The ladder’s self-check section.',
  // The initiative list
  image: 'An initiative’s picture.',
  'call-to-action': 'The “join” link of an initiative that needs volunteers.',
  'details-button': 'The disclosure button that opens an initiative’s details.',
  'more-button': '“Load more”.',
  'retry-button': '“Try again” after a load error.',
  'clear-button': '“Clear filters” on an empty result.',
  // The volunteer signup
  note: 'The volunteer information note.',
  'cancel-button': 'The two-step “Cancel my signup” button on the outcome panel.',
} as const;

/** A part name of the vocabulary. */
export type PartName = keyof typeof PARTS;

/** The part names, in the vocabulary's order. */
export const PART_NAMES = Object.keys(PARTS) as PartName[];
