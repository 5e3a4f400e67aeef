import { safeDefine } from '../internal/define.js';
import { CivicParticipationLadder } from '../components/participation-ladder/participation-ladder.js';

safeDefine('civic-participation-ladder', CivicParticipationLadder);

declare global {
  interface HTMLElementTagNameMap {
    'civic-participation-ladder': CivicParticipationLadder;
  }
}
