/** English strings of the staff console's inbox of ideas and idea screen (see nl/staff-inbox.ts). */
import type { IdeaStatus } from '../../schema/staff/moderation.js';
import type { StaffInboxStrings } from '../nl/staff-inbox.js';
import { participationLadder as ladder } from '../en.js';

const STATUS: Record<IdeaStatus, string> = {
  received: 'received',
  'under-review': 'under review',
  accepted: 'accepted',
  declined: 'declined',
  published: 'published',
};

export const staffInbox: StaffInboxStrings = {
  inboxNav: 'Ideas',
  inboxHeading: 'Residents’ ideas',
  inboxFilters: 'Filters',
  inboxStatus: 'Status',
  inboxAnyStatus: 'Any status',
  inboxTrack: 'Kind of idea',
  inboxAnyTrack: 'Any kind',
  inboxArea: 'Area',
  inboxAnyArea: 'Any area',
  inboxFlagged: 'Suspicious submissions',
  inboxFlaggedOption: (v) => ({ false: 'Hide', true: 'Only suspicious', any: 'Show all' })[v],
  inboxApply: 'Filter',
  inboxCaption: 'Ideas, newest first',
  inboxReference: 'Reference',
  inboxTitle: 'Title',
  inboxReceived: 'Received',
  inboxFlag: 'suspicious',
  inboxEmpty: 'No ideas with these filters.',
  inboxShown: (shown, total) => `${shown} of ${total} shown`,
  inboxMore: 'More ideas',
  inboxExport: 'Export as CSV',
  statusName: (s) => STATUS[s],
  trackName: (t) => ({ create: 'set something up', experiment: 'try something out', join: 'join an offer' })[t] ?? t,
  ideaBack: 'Back to the ideas',
  ideaSent: 'What the resident sent',
  ideaSummary: 'Summary',
  ideaDescription: 'Description',
  ideaThemes: 'Themes',
  ideaLocation: 'Place',
  ideaNeighbours: 'Neighbours taking part',
  ideaTestPeriod: 'Test period',
  ideaOffer: 'Offer',
  ideaContact: 'Contact',
  ideaLanguage: 'Language',
  ideaConsent: 'Privacy notice accepted (version)',
  ideaErased: (at) => `The contact details were erased on ${at}.`,
  ideaNone: '—',
  ideaFlagged: (seconds, honeypot) =>
    `Suspicious: ${honeypot ? 'the hidden field was filled in' : `filled in within ${seconds} seconds`}. It is not among the ordinary ideas.`,
  ideaFlaggedHow:
    'The staff API can neither release the mark nor delete: handle it as an ordinary idea (put it under review, or decline it with a reason), or erase the resident’s data under Personal data.',
  ideaHistory: 'History',
  ideaHistoryEmpty: 'Nothing has happened yet.',
  ideaHistoryEntry: (action, from, to) =>
    action === 'idea.status' && to
      ? `Status ${from ? `from ${STATUS[from]} ` : ''}to ${STATUS[to]}`
      : action === 'idea.reply'
        ? 'Reply saved'
        : action === 'idea.publish'
          ? 'Published as an initiative'
          : action,
  ideaBy: (who, at) => `${who}, ${at}`,
  ideaStatusHeading: 'Change the status',
  ideaNewStatus: 'New status',
  ideaReason: 'Reason',
  ideaReasonNoun: 'the reason',
  ideaReasonHint: 'Required to decline. Kept in the history.',
  ideaStatusSubmit: 'Change the status',
  ideaStatusNone: 'From this status only publishing is possible.',
  ideaStatusDone: (reference, status) => `Idea ${reference} ${STATUS[status]}.`,
  ideaConflict: 'The idea changed in the meantime. It has been loaded again.',
  ideaReplyHeading: 'Reply to the resident',
  ideaReplyLabel: 'Reply',
  ideaReplyNoun: 'the reply',
  ideaReplyHint: 'The resident gets this reply once the server sends e-mail; until then, send it yourself.',
  ideaReplySubmit: 'Save the reply',
  ideaReplyDone: (reference) => `Reply to idea ${reference} saved.`,
  ideaReplyLast: (who, at) => `Last saved by ${who}, ${at}.`,
  ideaPublishHeading: 'Publish as an initiative',
  ideaPublishIntro:
    'The initiative takes the idea’s title, summary, description, area and themes; change them afterwards under Initiatives.',
  ideaPublishOnlyAccepted: 'Publishing is possible once the idea is accepted.',
  ideaRung: 'Rung on the participation ladder',
  ideaRungHint: 'How much say residents get. Suggested from the kind of idea.',
  ideaRungOption: (n) => `${ladder.rungName(n)}: ${ladder.style(n)}; residents: ${ladder.role(n)}`,
  ideaOrganiser: 'Who organises it?',
  ideaOrganiserName: (o) =>
    ({ residents: 'residents', municipality: 'the municipality', both: 'residents and municipality together' })[o] ?? o,
  ideaNeedsVolunteers: 'Looks for volunteers',
  ideaPublishSubmit: 'Publish',
  ideaPublishDone: (reference, title) => `Idea ${reference} published as the initiative “${title}”.`,
  ideaPublished: (id) => `Published as initiative ${id}.`,
};
