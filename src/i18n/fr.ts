/** French. One object per widget; see types.ts. Over 400 lines because it is data: every text of four widgets, loaded only by a page in French (Dutch is split per widget in nl/, as it is bundled). */
import type { CommonStrings } from './types.js';
import type { IdeaFormStrings } from './types.js';
import { capitalize as cap, plural } from './catalog.js';

/**
 * The participant's role on each rung of the participation ladder (Pröpper & Steenbergen, 1999), 1 (highest)
 * to 7: one name per rung, used by the ladder and by the list's filter and cards alike.
 */
const RUNG_ROLES = [
  'initiateur',
  'partenaire de coopération',
  'codécideur',
  'conseiller (ouvert)',
  'conseiller ou interlocuteur (fermé)',
  'spectateur, reçoit l’information',
  'aucun rôle',
] as const;

export const common: CommonStrings = {
  errorPrefix: 'Erreur :',
  errorSummaryTitle: 'Il y a un problème',
  optional: '(facultatif)',
  fieldError: (code, label, limit) => {
    switch (code) {
      case 'required':
        return `Indiquez ${label}`;
      case 'too-short':
        return `${cap(label)} doit compter au moins ${limit ?? ''} caractères`;
      case 'too-long':
        return `${cap(label)} doit compter au plus ${limit ?? ''} caractères`;
      case 'too-small':
        return `${cap(label)} doit être d’au moins ${limit ?? ''}`;
      case 'too-big':
        return `${cap(label)} doit être d’au plus ${limit ?? ''}`;
      case 'invalid-email':
        return 'Indiquez une adresse e-mail comme nom@exemple.be';
      case 'invalid-phone':
        return 'Indiquez un numéro de téléphone comme 02 123 45 67';
      case 'invalid-url':
        return `${cap(label)} doit être une adresse web qui commence par https://`;
      case 'invalid-date':
        return `${cap(label)} doit être une date valide`;
      case 'date-order':
        return 'La date de fin doit être postérieure à la date de début';
      case 'invalid-choice':
        return `Choisissez ${label}`;
      case 'consent-required':
        return 'Donnez votre accord pour l’utilisation de vos données, sans quoi nous ne pouvons pas traiter votre envoi';
      case 'acknowledgement-required':
        return 'Confirmez que vous avez lu les informations';
      default:
        return `Vérifiez ${label}`;
    }
  },
  charactersLeft: (n) => plural('fr', n, { one: 'Il vous reste {n} caractère', other: 'Il vous reste {n} caractères' }),
  charactersTooMany: (n) => plural('fr', n, { one: '{n} caractère en trop', other: '{n} caractères en trop' }),
  loading: 'Chargement…',
  retry: 'Réessayer',
  apiError: (code) => {
    switch (code) {
      case 'offline':
        return 'Il n’y a pas de connexion internet.';
      case 'unreachable':
        return 'Le service de la commune est injoignable pour le moment.';
      case 'blocked':
        return 'Ce site n’est pas configuré correctement pour joindre le service de la commune.';
      case 'timeout':
        return 'Le serveur ne répond pas à temps.';
      case 'rate-limited':
        return 'Trop de demandes pour l’instant. Réessayez dans un moment.';
      case 'invalid-response':
        return 'Le serveur a donné une réponse que nous ne comprenons pas.';
      case 'not-found':
        return 'Introuvable.';
      case 'validation':
        return 'Certaines données ne sont pas correctes.';
      case 'conflict':
        return 'Quelque chose a changé entre-temps.';
      case 'misconfigured':
        return 'Ce module n’est pas encore configuré.';
      case 'aborted':
        return 'La demande a été interrompue.';
      default:
        return 'Une erreur s’est produite sur le serveur.';
    }
  },
  notConfigured:
    'Ce module n’est pas encore configuré. Le gestionnaire de ce site doit indiquer l’adresse des données.',
  busy: 'Envoi en cours…',
  savedLater: (reason) => {
    switch (reason) {
      case 'offline':
        return 'Vous êtes hors ligne. Votre envoi est enregistré sur cet appareil et nous l’enverrons automatiquement dès que vous serez de nouveau en ligne. Vous n’avez rien à remplir à nouveau.';
      case 'unreachable':
        return 'Le service de la commune est injoignable pour le moment. Votre envoi est enregistré sur cet appareil et nous réessaierons automatiquement. Vous n’avez rien à remplir à nouveau.';
      case 'unconfirmed':
        return 'Votre envoi est parti, mais la confirmation de sa réception n’est pas encore arrivée. Il est enregistré sur cet appareil et nous vérifierons automatiquement, sans l’envoyer deux fois.';
      default:
        return 'Le service de la commune rencontre un problème. Votre envoi est enregistré sur cet appareil et nous réessaierons automatiquement. Vous n’avez rien à remplir à nouveau.';
    }
  },
  draftRestored: (savedAt) => `Nous avons restauré votre formulaire inachevé du ${savedAt}.`,
  startOver: 'Recommencer',
  colon: '\u202f:',
};

/** `<civic-initiative-list>`. Rungs named as on the participation ladder (Pröpper & Steenbergen, 1999). */
export const initiativeList: import('./types.js').InitiativeListStrings = {
  listHeading: 'Initiatives',
  filtersLabel: 'Rechercher et filtrer les initiatives',
  searchLabel: 'Rechercher par mot-clé',
  areaLabel: 'Quartier',
  anyArea: 'Tous les quartiers',
  themeLabel: 'Thème',
  anyTheme: 'Tous les thèmes',
  rungLabel: 'Rôle des habitants',
  anyRung: 'Tous les rôles',
  statusLabel: 'État d’avancement',
  anyStatus: 'Tous',
  volunteersLabel: 'Uniquement les initiatives qui cherchent des volontaires',
  sortLabel: 'Trier par',
  sortName: (s) => (s === 'title' ? 'Titre (A-Z)' : s === 'start' ? 'Date de début' : 'Dernière mise à jour'),
  rungName: (r) => RUNG_ROLES[r - 1] ?? String(r),
  rungValue: (r, name) => `${name} (échelon ${r} sur 7)`,
  showOnLadder: (r) => `Voir l’échelon ${r} sur l’échelle`,
  statusName: (s) => ({ idea: 'Idée', testing: 'En test', running: 'En cours', finished: 'Terminée' })[s] ?? s,
  organiserName: (o) =>
    ({ residents: 'Les habitants', municipality: 'La commune', both: 'Les habitants et la commune' })[o] ?? o,
  organiserLabel: 'Organisée par',
  themesLabel: 'Thèmes',
  wholeMunicipality: 'Toute la commune',
  startLabel: 'Début',
  endLabel: 'Fin',
  linksLabel: 'Plus d’informations',
  count: (n) =>
    plural('fr', n, {
      zero: 'Aucune initiative trouvée',
      one: '{n} initiative trouvée',
      other: '{n} initiatives trouvées',
    }),
  shown: (shown, total) => `${shown} sur ${total} affichées`,
  empty: 'Aucune initiative ne correspond à votre recherche. Essayez avec moins de filtres ou un autre mot-clé.',
  clearFilters: 'Effacer les filtres',
  loadMore: 'Afficher plus d’initiatives',
  moreInfo: 'En savoir plus',
  needsVolunteers: 'Cherche des volontaires',
  join: 'Participer',
  demoNote: 'Données d’exemple : ces initiatives sont fictives et servent à montrer le module.',
};

import type { VolunteerSignupStrings } from './types.js';

export const volunteerSignup: VolunteerSignupStrings = {
  title: 'Devenez volontaire',
  intro:
    'Choisissez ce que vous voulez faire. Nous disons franchement combien de temps cela demande et ce que la commune vous offre en retour.',
  demo: 'Données d’exemple : ces rôles et créneaux n’existent pas vraiment.',
  noRoles: 'Aucun rôle de volontaire n’est ouvert pour le moment.',
  roleLegend: 'Que voulez-vous faire ?',
  roleRequired: 'Choisissez ce que vous voulez faire',
  timeAsked: 'Temps demandé',
  timeAskedHint: (time) => `Temps demandé : ${time}`,
  whatYouDo: 'Ce que vous faites',
  whatYouGet: 'Ce que la commune vous offre',
  guidance: 'Accompagnement',
  insurance: 'Assurance',
  expenses: 'Défraiement',
  noGuidance: 'Pas d’accompagnement fixe',
  noInsurance: 'Pas d’assurance spécifique pour ce rôle',
  noExpenses: 'Pas de défraiement',
  requirements: 'Ce que nous demandons',
  minimumAge: (n) => `Avoir au moins ${n} ans`,
  training: 'Formation',
  noRequirements: 'Aucune condition particulière',
  shiftsLegend: 'Quels créneaux choisissez-vous ?',
  shiftsHint: 'Vous pouvez en choisir plusieurs.',
  shiftsRequired: 'Choisissez au moins un créneau',
  placesLeft: (left, capacity) =>
    plural('fr', left, { one: `Encore {n} place sur ${capacity}`, other: `Encore {n} places sur ${capacity}` }),
  shiftFull: 'Complet. Si vous cochez ce créneau, vous serez sur la liste de réserve.',
  reserveList: 'liste de réserve',
  availabilityLabel: 'Quand êtes-vous disponible ?',
  availabilityHint: 'Par exemple : le mercredi après-midi, ou deux samedis par mois.',
  availabilityName: 'vos disponibilités',
  contactLegend: 'Vos coordonnées',
  nameLabel: 'Nom',
  nameName: 'votre nom',
  emailLabel: 'Adresse e-mail',
  emailName: 'votre adresse e-mail',
  emailHint: 'Pour que la commune puisse vous contacter au sujet de votre inscription.',
  phoneLabel: 'Numéro de téléphone',
  phoneName: 'votre numéro de téléphone',
  ageConfirm: (n) => `J’ai au moins ${n} ans`,
  ageRequired: (n) => `Confirmez que vous avez au moins ${n} ans`,
  noteTitle: 'Informations pour les volontaires',
  noteIntro: 'La loi relative aux droits des volontaires (2005) demande que vous sachiez ceci avant de commencer.',
  noteOrganisation: 'Organisation',
  noteAim: 'Finalité',
  noteLegalStatus: 'Statut juridique',
  noteInsurance: 'Assurance',
  noteExpenses: 'Défraiement',
  noteDiscretion: 'Devoir de discrétion',
  acknowledge: 'J’ai lu les informations pour les volontaires',
  consent: 'J’autorise la commune à utiliser mes données pour traiter mon inscription.',
  privacyLink: 'Lire la déclaration de confidentialité (s’ouvre dans une nouvelle fenêtre)',
  honeypot: 'Laissez ce champ vide',
  submit: 'Je m’inscris',
  sendFailed: 'Votre inscription n’a pas pu être envoyée.',
  takenTitle: 'La dernière place vient d’être prise',
  takenText: (shifts) =>
    `Quelqu’un d’autre a été plus rapide : ${shifts} est complet. Tout ce que vous avez rempli est conservé. Voulez-vous vous inscrire sur la liste de réserve ?`,
  joinReserve: 'Inscrivez-moi sur la liste de réserve',
  confirmedTitle: 'Votre inscription est confirmée',
  confirmedText: 'Merci ! Nous avons bien reçu votre inscription.',
  waitlistedTitle: 'Vous êtes sur la liste de réserve',
  waitlistedText: 'Toutes les places sont prises. Si une place se libère, la commune vous contactera.',
  shiftConfirmed: 'inscription confirmée',
  shiftWaitlisted: 'liste de réserve',
  takenMeanwhile: 'la dernière place a été prise entre-temps',
  reference: 'Référence',
  cancelCode: 'Code d’annulation',
  cancelCodeHint:
    'Conservez votre référence et ce code\u202f: ils vous permettent de vous désinscrire plus tard sur cette page.',
  cancelLink: 'Lien pour vous désinscrire',
  signupEmailSent: (address: string) =>
    `Nous avons envoyé une confirmation à ${address}, avec un lien pour vous désinscrire.`,
  copy: 'Copier le code',
  copied: 'Copié',
  cancel: 'Me désinscrire',
  cancelConfirm: 'Voulez-vous vraiment annuler ? Votre place ira à quelqu’un d’autre.',
  cancelYes: 'Oui, me désinscrire',
  cancelNo: 'Non, je garde mon inscription',
  cancelTitle: 'Annuler votre inscription',
  cancelIntro: (ref) => `Voulez-vous annuler l’inscription ${ref} ?`,
  cancelledTitle: 'Votre inscription est annulée',
  cancelledText: 'Votre place est libérée. Merci de nous avoir prévenus.',
  cancelFailed: 'L’annulation n’a pas abouti.',
  signUpAgain: 'M’inscrire à nouveau',
  cancelOpen: 'Vous souhaitez annuler une inscription\u202f?',
  cancelFormIntro:
    'Indiquez la référence et le code d’annulation reçus lors de votre inscription. Majuscules, espaces et tirets n’ont pas d’importance.',
  referenceHint: 'Par exemple VOL-2026-00007',
  cancelCodeFieldHint: '8 lettres et chiffres, par exemple K7MP-2XRA',
  referenceRequired: 'Indiquez la référence de votre inscription',
  referenceInvalid: 'Indiquez la référence telle qu’elle figure sur votre confirmation, par exemple VOL-2026-00007',
  cancelCodeRequired: 'Indiquez le code d’annulation',
  cancelCodeInvalid:
    'Indiquez le code d’annulation tel qu’il figure sur votre confirmation\u202f: 8 lettres et chiffres, par exemple K7MP-2XRA',
  cancelCodeMismatch: 'Ce code ne correspond pas à cette référence. Vérifiez la référence et le code.',
  cancelCodeLocked:
    'Un code erroné a été saisi trop souvent pour cette référence. Utilisez le lien reçu par e-mail ou contactez la commune.',
  cancelLinkInvalid:
    'Ce lien d’annulation ne fonctionne pas. Il n’a peut-être pas été copié en entier. Vous pouvez aussi vous désinscrire avec la référence et le code d’annulation de votre confirmation.',
  cancelBack: 'Retour au formulaire d’inscription',
  cancelIntroUnknown: 'Voulez-vous annuler votre inscription\u202f?',
  cancelledReference: (ref) => `L’inscription ${ref} est annulée.`,
  roleDone: 'Rôle',
};

export const ideaForm: IdeaFormStrings = {
  ideaHeading: 'Une idée pour votre quartier',
  ideaIntro:
    'Vous avez une idée qui rend votre quartier plus agréable, ou vous voulez rejoindre une activité existante ? Dites-le-nous. Cela prend une dizaine de minutes ; la commune vous aide par des conseils, des moyens et des contacts.',
  trackLegend: 'Comment voulez-vous participer ?',
  trackLabel: (t) => ({ create: 'Créez', experiment: 'Expérimentez', join: 'Participez' })[t],
  trackText: (t) =>
    ({
      create:
        'Imaginez avec vos voisins une idée qui rend le quartier plus agréable ou qui rassemble les gens, et réalisez-la.',
      experiment: 'Vous avez une idée et voulez la tester pendant quelques mois.',
      join: 'Inscrivez-vous à une activité existante, comme un potager de quartier ou une boîte à livres près de chez vous.',
    })[t],
  offerLegend: 'À quelle offre voulez-vous participer ?',
  offerAreaLabel: 'Quartier des offres affichées',
  offerAreaAll: 'Tous les quartiers',
  offerEverywhere: 'Dans toute la commune',
  noOffers: 'Il n’y a pas d’offre dans ce quartier. Choisissez un autre quartier.',
  ideaLabel: (f) =>
    ({
      track: 'Comment voulez-vous participer ?',
      offerId: 'Offre',
      title: 'Titre',
      summary: 'Résumé',
      description: 'Description',
      areaId: 'Quartier',
      themeIds: 'Thèmes',
      location: 'Adresse ou lieu',
      neighbours: 'Combien de voisins participent ?',
      start: 'Date de début',
      end: 'Date de fin',
      name: 'Nom',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      consent: 'Accord',
    })[f],
  ideaNoun: (f) =>
    ({
      track: 'comment vous voulez participer',
      offerId: 'une offre',
      title: 'un titre',
      summary: 'un résumé',
      description: 'une description',
      areaId: 'un quartier',
      themeIds: 'les thèmes',
      location: 'l’adresse',
      neighbours: 'le nombre de voisins',
      start: 'la date de début',
      end: 'la date de fin',
      name: 'votre nom',
      email: 'votre adresse e-mail',
      phone: 'votre numéro de téléphone',
      consent: 'votre accord',
    })[f],
  ideaHint: (f, track) => {
    switch (f) {
      case 'title':
        return track === 'join' ? 'Par exemple : J’aide au potager' : 'Par exemple : Des bancs sur la place';
      case 'summary':
        return 'Expliquez en quelques phrases ce que vous voulez faire. Ce texte pourra être publié plus tard.';
      case 'description':
        return track === 'join'
          ? 'Qu’aimeriez-vous faire, et quand avez-vous du temps ?'
          : 'Que voulez-vous faire, avec qui, et de quoi avez-vous besoin de la part de la commune ?';
      case 'themeIds':
        return 'Choisissez-en cinq au maximum.';
      case 'location':
        return 'Une rue, une place ou un bâtiment.';
      case 'neighbours':
        return 'Sans vous compter. Personne encore ? Indiquez 0.';
      case 'start':
        return 'Aujourd’hui ou plus tard.';
      case 'phone':
        return 'Seulement si nous pouvons aussi vous appeler.';
      default:
        return '';
    }
  },
  areaPlaceholder: 'Choisissez un quartier',
  periodLegend: 'Quand voulez-vous faire le test ?',
  contactLegend: 'Vos coordonnées',
  contactHint:
    'Seuls les agents de la commune voient vos coordonnées. Nous les utilisons uniquement pour vous contacter au sujet de votre idée.',
  consentText: 'J’autorise la commune à utiliser mes données pour traiter mon idée.',
  privacyLink: 'Lire la déclaration de confidentialité',
  newTab: '(s’ouvre dans un nouvel onglet)',
  honeypotLabel: 'Laissez ce champ vide',
  ideaSubmit: 'Envoyer votre idée',
  demoNote: 'Ceci est une démonstration avec des données fictives. Ce que vous remplissez ici ne sera pas traité.',
  successTitle: 'Votre idée est bien arrivée',
  referenceLabel: 'Votre numéro de référence',
  nextTitle: 'Et maintenant ?',
  nextText:
    'Un agent de la commune lit votre idée et vous contacte à l’adresse e-mail que vous avez indiquée. Mentionnez votre numéro de référence si vous nous contactez.',
  emailSent: (address: string) => `Nous avons envoyé une confirmation à ${address}.`,
  anotherIdea: 'Proposer une autre idée',
  queuedTitle: 'Votre idée est enregistrée sur cet appareil',
  notSent: 'Votre idée n’a pas été envoyée. Tout ce que vous avez rempli est conservé. Réessayez plus tard.',
  loadFailed: 'Le formulaire n’a pas pu être chargé.',
  periodHint: (months) => `Un test dure ${months} mois au maximum.`,
  periodTooLong: (months) => `Un test dure ${months} mois au maximum. Choisissez une date de fin plus proche.`,
  startInPast: 'La date de début est passée. Choisissez aujourd’hui ou une date ultérieure.',
  joinNoteLabel: 'Remarque',
  joinAreaHint: 'Cette offre existe dans toute la commune. Dans quel quartier souhaitez-vous participer ?',
};

import type { ParticipationLadderStrings } from './types.js';

export const participationLadder: ParticipationLadderStrings = {
  ladderTitle: 'L’échelle de participation',
  ladderIntro:
    'Quel poids avez-vous comme habitant ? Chaque échelon associe une manière de gouverner au rôle des habitants. Plus on monte, plus vous avez la main.',
  ladderSource: 'Source : Pröpper & Steenbergen (1999).',
  ladderNote:
    'En Flandre, on utilise aussi une échelle plus courte : informer, consulter, conseiller, coproduire, codécider. L’échelle anglophone la plus connue est celle d’Arnstein (1969).',
  rungName: (n) => `Échelon ${n}`,
  govLabel: 'Commune',
  roleLabel: 'Habitants',
  style: (n) =>
    'style ' +
    [
      'facilitateur',
      'coopératif',
      'délégatif',
      'participatif',
      'consultatif',
      'autoritaire ouvert',
      'autoritaire fermé',
    ][n - 1],
  role: (n) => RUNG_ROLES[n - 1] ?? String(n),
  doesLabel: 'Ce que fait la commune',
  does: (n) =>
    [
      'Soutient le projet des habitants en temps, argent, savoir-faire ou matériel, et leur laisse la main.',
      'Travaille avec les habitants d’égal à égal et convient des choses avec eux.',
      'Fixe d’avance le cadre (budget, règles) et suit le choix des habitants.',
      'Demande un avis quand tout est encore ouvert, puis décide elle-même.',
      'Pose des questions fermées sur un projet qu’elle a préparé, puis décide elle-même.',
      'Décide seule et informe les habitants, ou tente de les convaincre.',
      'Décide et agit sans associer ni informer les habitants.',
    ][n - 1],
  residentsLabel: 'Ce que font les habitants',
  residents: (n) =>
    [
      'Prennent l’initiative, décident et réalisent eux-mêmes.',
      'Décident d’égal à égal et partagent la responsabilité.',
      'Décident dans ce cadre et participent parfois à la réalisation.',
      'Réfléchissent dès le départ, y compris à la nature du problème.',
      'Donnent leur avis sur les questions posées par la commune.',
      'Sont tenus au courant, sans avoir voix au chapitre.',
      'N’ont aucun rôle.',
    ][n - 1],
  inputLabel: 'Ce qu’apportent les habitants',
  input: (k) =>
    ({
      advice: 'idées et avis',
      effort: 'temps et travail',
      means: 'moyens propres (argent, matériel, locaux)',
      none: 'rien',
    })[k],
  fitsLabel: 'Quand est-ce adapté ?',
  fits: (n) =>
    [
      'Des habitants ont leur propre projet et veulent le porter, comme un potager de quartier.',
      'La commune et les habitants ont besoin l’un de l’autre pour atteindre un but.',
      'Le cadre est clair, par exemple un budget de quartier.',
      'La question est encore ouverte et l’expérience des habitants améliore le projet.',
      'Le projet est en grande partie prêt, mais il reste de vrais choix.',
      'La décision est fixée, par exemple par la loi, ou doit être prise vite.',
      'Rarement : tout au plus pour la sécurité ou des dossiers confidentiels.',
    ][n - 1],
  riskLabel: 'Ce qui tourne mal si c’est promis sans être tenu',
  risk: (n) =>
    [
      'Le soutien promis ne vient pas ou les règles changent sans cesse : les porteurs abandonnent.',
      'La commune décide quand même seule : les partenaires se sentent utilisés.',
      'La commune déplace le cadre après coup ou ignore le choix : la confiance disparaît.',
      'Le projet était déjà bouclé : l’avis finit dans un tiroir.',
      'Personne n’apprend ce que sont devenues les réponses : la fois suivante, personne ne participe.',
      'Promettre la participation alors que tout est décidé : les habitants se sentent trompés.',
      'Les habitants l’apprennent après coup : la méfiance grandit, envers d’autres projets aussi.',
    ][n - 1],
  here: 'Ce projet se situe ici',
  yourRung: 'D’après vos réponses',
  pictureLabel: 'L’échelle de participation en image, de l’échelon 1 (en haut) à 7',
  expand: 'Afficher toute l’échelle',
  collapse: 'Masquer l’échelle complète',
  examplesTitle: 'Exemples à cet échelon',
  examplesNone: 'Pas encore d’exemple à cet échelon.',
  examplesFailed: 'Les exemples n’ont pas pu être chargés. L’explication ci-dessus reste disponible.',
  checkTitle: 'Où se situe votre projet ?',
  checkHint: 'Répondez à cinq questions. Vos réponses restent dans votre navigateur : rien n’est envoyé.',
  question: (q) =>
    ({
      initiative: 'Qui prend l’initiative ?',
      decides: 'Qui décide du résultat ?',
      input: 'Qu’apportent les habitants ?',
      open: 'Le résultat est-il ouvert ?',
      informed: 'La commune tient-elle les habitants informés ?',
    })[q],
  option: (q, i) =>
    ({
      initiative: ['Les habitants', 'La commune', 'Les habitants et la commune ensemble'],
      decides: [
        'Les habitants',
        'Les habitants et la commune ensemble, d’égal à égal',
        'Les habitants, dans un cadre fixé par la commune',
        'La commune, après l’avis des habitants',
        'La commune seule',
      ],
      input: [
        'Des moyens propres (argent, matériel, locaux) et du temps',
        'Du temps et du travail',
        'Des idées et des avis',
        'Rien',
      ],
      open: [
        'Tout à fait : les habitants disent aussi quel est le problème',
        'Les habitants répondent à des questions fermées',
        'Le résultat est déjà fixé',
      ],
      informed: ['Oui', 'Non'],
    })[q][i],
  pickAnswer: 'Choisissez une réponse',
  checkSubmit: 'Voir l’échelon',
  checkResult: (n, style, role) =>
    `Votre projet se situe probablement à l’échelon ${n} : ${style} ; rôle des habitants : ${role}.`,
  checkWhy: 'Pourquoi ?',
  reason: (c) =>
    ({
      'residents-lead': 'Les habitants prennent l’initiative et décident eux-mêmes.',
      'shared-start':
        'Habitants et commune lancent le projet ensemble et les habitants décident : c’est une coopération.',
      'residents-decide': 'La commune a lancé le projet et laisse le choix aux habitants, dans son cadre.',
      together: 'Habitants et commune décident ensemble, en partenaires égaux.',
      limits: 'Les habitants décident dans un cadre fixé par la commune.',
      advised: 'La commune décide elle-même, après l’avis des habitants.',
      municipality: 'La commune décide seule.',
      'input-effort': 'Les habitants n’apportent pas de moyens propres ; aux échelons 1 et 2, ils le font.',
      'input-advice': 'Les habitants donnent un avis sans y mettre de travail ; aux échelons 1 à 3, ils le font.',
      'input-none': 'Les habitants n’apportent rien, pas même un avis.',
      closed: 'Le résultat est déjà fixé : les habitants ne peuvent plus le changer.',
      fixed: 'Les habitants répondent à des questions fermées ; le problème est déjà défini.',
      open: 'Les habitants contribuent aussi à définir le problème.',
      informed: 'La commune tient tout de même les habitants informés.',
      silent: 'Les habitants ne sont même pas informés.',
    })[c],
  showRung: (n) => `Voir l’échelon ${n} sur l’échelle`,
};
