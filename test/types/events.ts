// Type-level checks of the public events, compiled by `tsc` in `npm test` (a wrong type fails the
// build; nothing here runs). A listener on a widget gets that widget's payload without a cast.
import type { CivicIdeaForm } from '../../src/components/idea-form/idea-form.js';
import type { CivicInitiativeList } from '../../src/components/initiative-list/initiative-list.js';
import type { CivicVolunteerSignup } from '../../src/components/volunteer-signup/volunteer-signup.js';
import type { IdeaReceipt } from '../../src/schema/idea.js';
import type { InitiativePage } from '../../src/schema/initiative.js';
import type { SignupReceipt } from '../../src/schema/volunteer.js';
import '../../src/events/index.js';

export function typedListeners(form: CivicIdeaForm, list: CivicInitiativeList, signup: CivicVolunteerSignup): void {
  form.addEventListener('civic-submitted', (e) => {
    const receipt: IdeaReceipt = e.result;
    // @ts-expect-error an idea form never sends a signup receipt
    const wrong: SignupReceipt = e.result;
    void receipt;
    void wrong;
  });
  signup.addEventListener('civic-submitted', (e) => {
    const receipt: SignupReceipt = e.result;
    void receipt;
  });
  list.addEventListener('civic-load', (e) => {
    const page: InitiativePage = e.data;
    void page;
  });
  // Ordinary element events keep their own types.
  form.addEventListener('click', (e) => void e.clientX);
}
