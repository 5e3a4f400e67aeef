// `vite build -c vite.one-widget.config.ts`: the page of src/one-widget.ts alone, whose bundle
// scripts/check-frameworks.sh searches for the other widgets' tags (none may be there).
import { defineConfig } from 'vite';

export default defineConfig({ build: { rolldownOptions: { input: 'one-widget.html' } } });
