import { safeDefine } from '../internal/define.js';
import { CivicStaffConsole } from '../components/staff-console/staff-console.js';

safeDefine('civic-staff-console', CivicStaffConsole);

declare global {
  interface HTMLElementTagNameMap {
    'civic-staff-console': CivicStaffConsole;
  }
}
