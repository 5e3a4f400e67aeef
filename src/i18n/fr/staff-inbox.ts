/** French strings of the staff console's inbox of ideas and idea screen (see nl/staff-inbox.ts). */
import type { IdeaStatus } from '../../schema/staff/moderation.js';
import type { StaffInboxStrings } from '../nl/staff-inbox.js';
import { participationLadder as ladder } from '../fr.js';

const STATUS: Record<IdeaStatus, string> = {
  received: 'reçue',
  'under-review': 'en cours d’examen',
  accepted: 'acceptée',
  declined: 'refusée',
  published: 'publiée',
};

export const staffInbox: StaffInboxStrings = {
  inboxNav: 'Idées',
  inboxHeading: 'Idées des habitants',
  inboxFilters: 'Filtres',
  inboxStatus: 'Statut',
  inboxAnyStatus: 'Tous les statuts',
  inboxTrack: 'Type d’idée',
  inboxAnyTrack: 'Tous les types',
  inboxArea: 'Quartier',
  inboxAnyArea: 'Tous les quartiers',
  inboxFlagged: 'Envois suspects',
  inboxFlaggedOption: (v) => ({ false: 'Masquer', true: 'Seulement les suspects', any: 'Tout afficher' })[v],
  inboxApply: 'Filtrer',
  inboxCaption: 'Idées, les plus récentes d’abord',
  inboxReference: 'Référence',
  inboxTitle: 'Titre',
  inboxReceived: 'Reçue le',
  inboxFlag: 'suspect',
  inboxEmpty: 'Aucune idée avec ces filtres.',
  inboxShown: (shown, total) => `${shown} sur ${total} affichées`,
  inboxMore: 'Plus d’idées',
  inboxExport: 'Exporter en CSV',
  statusName: (s) => STATUS[s],
  trackName: (t) =>
    ({ create: 'créer soi-même', experiment: 'tester quelque chose', join: 'rejoindre une offre' })[t] ?? t,
  ideaBack: 'Retour aux idées',
  ideaSent: 'Ce que l’habitant a envoyé',
  ideaSummary: 'Résumé',
  ideaDescription: 'Description',
  ideaThemes: 'Thèmes',
  ideaLocation: 'Lieu',
  ideaNeighbours: 'Voisins qui participent',
  ideaTestPeriod: 'Période de test',
  ideaOffer: 'Offre',
  ideaContact: 'Contact',
  ideaLanguage: 'Langue',
  ideaConsent: 'Déclaration de confidentialité acceptée (version)',
  ideaErased: (at) => `Les coordonnées ont été effacées le ${at}.`,
  ideaNone: '—',
  ideaFlagged: (seconds, honeypot) =>
    `Suspect : ${honeypot ? 'le champ caché était rempli' : `rempli en ${seconds} secondes`}. Elle n’apparaît pas parmi les idées ordinaires.`,
  ideaFlaggedHow:
    'L’API du personnel ne permet ni de lever le marquage ni de supprimer : traitez-la comme une idée ordinaire (mettez-la en examen ou refusez-la avec une raison), ou effacez les données de l’habitant dans Données personnelles.',
  ideaHistory: 'Historique',
  ideaHistoryEmpty: 'Rien ne s’est encore passé.',
  ideaHistoryEntry: (action, from, to) =>
    action === 'idea.status' && to
      ? `Statut ${from ? `de ${STATUS[from]} ` : ''}à ${STATUS[to]}`
      : action === 'idea.reply'
        ? 'Réponse enregistrée'
        : action === 'idea.publish'
          ? 'Publiée comme initiative'
          : action,
  ideaBy: (who, at) => `${who}, ${at}`,
  ideaStatusHeading: 'Changer le statut',
  ideaNewStatus: 'Nouveau statut',
  ideaReason: 'Raison',
  ideaReasonNoun: 'la raison',
  ideaReasonHint: 'Obligatoire pour un refus. Figure dans l’historique.',
  ideaStatusSubmit: 'Changer le statut',
  ideaStatusNone: 'Depuis ce statut, seule la publication est possible.',
  ideaStatusDone: (reference, status) => `Idée ${reference} : ${STATUS[status]}.`,
  ideaConflict: 'L’idée a changé entre-temps. Elle a été rechargée.',
  ideaReplyHeading: 'Réponse à l’habitant',
  ideaReplyLabel: 'Réponse',
  ideaReplyNoun: 'la réponse',
  ideaReplyHint:
    'L’habitant recevra cette réponse dès que le serveur enverra des e-mails ; d’ici là, envoyez-la vous-même.',
  ideaReplySubmit: 'Enregistrer la réponse',
  ideaReplyDone: (reference) => `Réponse à l’idée ${reference} enregistrée.`,
  ideaReplyLast: (who, at) => `Enregistrée en dernier par ${who}, ${at}.`,
  ideaPublishHeading: 'Publier comme initiative',
  ideaPublishIntro:
    'L’initiative reprend le titre, le résumé, la description, le quartier et les thèmes de l’idée ; vous les modifiez ensuite dans Initiatives.',
  ideaPublishOnlyAccepted: 'La publication n’est possible qu’une fois l’idée acceptée.',
  ideaRung: 'Échelon sur l’échelle de participation',
  ideaRungHint: 'Le pouvoir de décision des habitants. Proposé selon le type d’idée.',
  ideaRungOption: (n) => `${ladder.rungName(n)} : ${ladder.style(n)} ; habitants : ${ladder.role(n)}`,
  ideaOrganiser: 'Qui l’organise ?',
  ideaOrganiserName: (o) =>
    ({ residents: 'les habitants', municipality: 'la commune', both: 'habitants et commune ensemble' })[o] ?? o,
  ideaNeedsVolunteers: 'Cherche des bénévoles',
  ideaPublishSubmit: 'Publier',
  ideaPublishDone: (reference, title) => `Idée ${reference} publiée comme initiative « ${title} ».`,
  ideaPublished: (id) => `Publiée comme initiative ${id}.`,
};
