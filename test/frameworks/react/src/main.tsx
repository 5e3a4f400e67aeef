import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IdeaPage } from './wrappers.js';
import { ListPage } from './native-tags.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <IdeaPage />
    <ListPage />
  </StrictMode>,
);
