import { safeDefine } from '../internal/define.js';
import { CivicIdeaForm } from '../components/idea-form/idea-form.js';

safeDefine('civic-idea-form', CivicIdeaForm);

declare global {
  interface HTMLElementTagNameMap {
    'civic-idea-form': CivicIdeaForm;
  }
}
