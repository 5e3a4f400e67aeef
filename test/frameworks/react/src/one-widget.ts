// One component from the `civic-widgets/react` index: a bundler keeps the idea form and drops the other
// widgets (the index only re-exports; package.json "sideEffects" names only the registrations).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CivicIdeaForm } from 'civic-widgets/react';

createRoot(document.getElementById('root')!).render(
  createElement(CivicIdeaForm, { endpoint: 'https://participatie.example/api', track: 'create' }),
);
