// The demo page's own script (a CMS would have its own): the language buttons set <html lang>, which
// the widgets follow, and translate the page's own texts. The language is kept across the page's links
// as `?lang=fr` (also in the links the widgets build from `signup-url` and `initiative-url`), so
// following "Participer" or a ladder example reloads the page in the same language. An external file,
// because the page runs under a strict CSP (no inline script). It runs before the widgets' script, so
// they render in the page's language from the start.
const LANGS = ['nl', 'fr', 'en'];

/** The page's own texts by `data-i18n` key (Dutch is in the HTML). */
const TEXTS = {
  nl: {
    title: 'Inspraak en participatie – Voorbeeldgemeente (demo)',
    skip: 'Naar de inhoud',
    home: 'Home',
    banner: 'Demopagina met voorbeeldgegevens. Dit is geen echte gemeente; niets wat je hier invult wordt behandeld.',
    nav: 'Hoofdmenu',
    navIdea: 'Een idee voor je wijk',
    navList: 'Initiatieven',
    navLadder: 'Hoeveel inspraak?',
    navVolunteers: 'Vrijwilligers',
    crumbs: 'Wonen en leven › Inspraak en participatie',
    h1: 'Samen maken we de gemeente',
    lead: 'Bewoners en gemeente werken samen aan diensten en beleid: van een boekentil in je straat tot het beheer van een buurtzaal. Op deze pagina stel je een idee voor, vind je initiatieven waar je aan kunt meedoen en schrijf je je in als vrijwilliger.',
    address: 'Marktplein 1 · Dit adres bestaat niet.',
    a11y: 'Toegankelijkheid',
    privacy: 'Privacy',
    contact: 'Contact',
  },
  fr: {
    title: 'Participation citoyenne – Voorbeeldgemeente (démo)',
    skip: 'Aller au contenu',
    home: 'Accueil',
    banner:
      'Page de démonstration avec des données d’exemple. Ce n’est pas une vraie commune ; rien de ce que vous saisissez ici n’est traité.',
    nav: 'Menu principal',
    navIdea: 'Une idée pour votre quartier',
    navList: 'Initiatives',
    navLadder: 'Quelle participation ?',
    navVolunteers: 'Volontaires',
    crumbs: 'Vivre › Participation citoyenne',
    h1: 'Ensemble, nous faisons la commune',
    lead: 'Les habitants et la commune construisent ensemble services et politiques : d’une boîte à livres dans votre rue à la gestion d’une salle de quartier. Sur cette page, vous proposez une idée, trouvez des initiatives auxquelles participer et vous inscrivez comme volontaire.',
    address: 'Place du Marché 1 · Cette adresse n’existe pas.',
    a11y: 'Accessibilité',
    privacy: 'Vie privée',
    contact: 'Contact',
  },
  en: {
    title: 'Have your say – Voorbeeldgemeente (demo)',
    skip: 'Skip to content',
    home: 'Home',
    banner: 'Demo page with sample data. This is not a real municipality; nothing you enter here is processed.',
    nav: 'Main menu',
    navIdea: 'An idea for your neighbourhood',
    navList: 'Initiatives',
    navLadder: 'How much say?',
    navVolunteers: 'Volunteers',
    crumbs: 'Living › Have your say',
    h1: 'Together we make the municipality',
    lead: 'Residents and the municipality shape services and policy together: from a book-exchange cabinet in your street to running a community hall. On this page you propose an idea, find initiatives you can join and sign up as a volunteer.',
    address: 'Market Square 1 · This address does not exist.',
    a11y: 'Accessibility',
    privacy: 'Privacy',
    contact: 'Contact',
  },
};

/** The widget attributes that hold a link template (with `{id}`), and their original value. */
const TEMPLATES = ['signup-url', 'initiative-url'];
const ID = 'civic-demo-id';

/** `href` (relative to this page) with `lang` set, or removed for Dutch (the default). */
function withLang(href, lang) {
  const url = new URL(href.replaceAll('{id}', ID), location.href);
  if (url.origin !== location.origin) return href;
  if (lang === 'nl') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return (url.pathname + url.search + url.hash).replaceAll(ID, '{id}');
}

function setLanguage(lang) {
  document.documentElement.lang = lang;
  const texts = TEXTS[lang];
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = texts[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]'))
    node.setAttribute('aria-label', texts[node.dataset.i18nLabel]);
  document.title = texts.title;
  for (const b of document.querySelectorAll('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  // The page's own links that reload it, and the links the widgets build.
  for (const a of document.querySelectorAll('a[href^="/"]'))
    a.setAttribute('href', withLang(a.getAttribute('href'), lang));
  for (const name of TEMPLATES)
    for (const el of document.querySelectorAll(`[${name}]`))
      el.setAttribute(name, withLang(el.getAttribute(name), lang));
  // The address itself, so a reload keeps the language too.
  history.replaceState(history.state, '', withLang(location.pathname + location.search + location.hash, lang));
}

const asked = new URLSearchParams(location.search).get('lang');
if (LANGS.includes(asked) && asked !== 'nl') setLanguage(asked);
for (const button of document.querySelectorAll('[data-lang]'))
  button.addEventListener('click', () => setLanguage(button.dataset.lang));

if (!customElements.get('civic-idea-form')) {
  // Shown when dist/cdn has not been built: `npm start` builds it first.
  setTimeout(() => {
    if (!customElements.get('civic-idea-form'))
      console.info('civic-widgets: widgets not built yet; run `npm run build:cdn`.');
  }, 2000);
}
