import { safeDefine } from '../internal/define.js';
import { CivicInitiativeList } from '../components/initiative-list/initiative-list.js';

safeDefine('civic-initiative-list', CivicInitiativeList);

declare global {
  interface HTMLElementTagNameMap {
    'civic-initiative-list': CivicInitiativeList;
  }
}
