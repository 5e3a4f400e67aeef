import { safeDefine } from '../internal/define.js';
import { CivicVolunteerSignup } from '../components/volunteer-signup/volunteer-signup.js';

safeDefine('civic-volunteer-signup', CivicVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'civic-volunteer-signup': CivicVolunteerSignup;
  }
}
