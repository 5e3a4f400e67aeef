// The demo page's own script (a CMS would have its own): the language buttons set <html lang>;
// the widgets follow it. An external file, because the page runs under a strict CSP.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}
if (!customElements.get('civic-idea-form')) {
  // Shown when dist/cdn has not been built: `npm start` builds it first.
  setTimeout(() => {
    if (!customElements.get('civic-idea-form'))
      console.info('civic-widgets: widgets not built yet; run `npm run build:cdn`.');
  }, 2000);
}
