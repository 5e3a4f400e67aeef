// Type-level checks of the React wrappers: the event prop's event is the idea form's own, and its
// `result` is the idea receipt (not `unknown`, not `any`, not the union of every receipt); a widget's own
// path (`civic-widgets/react/idea-form`) gives the same component as the index.
import type { ComponentProps, Ref } from 'react';
import type { CivicIdeaForm, CivicVolunteerSignup } from 'civic-widgets/react';
import type { CivicIdeaForm as IdeaFormByPath } from 'civic-widgets/react/idea-form';
import type { CivicStaffConsole } from 'civic-widgets/react/staff-console';
import type { CivicStaffConsole as StaffConsoleElement, CivicSubmittedEvent } from 'civic-widgets';
import type { IdeaReceipt, SignupReceipt } from 'civic-widgets/schema';

// Identical types, `any` included only when both are `any`.
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Submitted<P extends { onCivicSubmitted?: ((e: never) => void) | undefined }> = Parameters<
  NonNullable<P['onCivicSubmitted']>
>[0];
type IdeaFormProps = ComponentProps<typeof CivicIdeaForm>;
type SignupProps = ComponentProps<typeof CivicVolunteerSignup>;

export const ideaEvent: Exactly<Submitted<IdeaFormProps>, CivicSubmittedEvent<IdeaReceipt>> = true;
export const ideaReceipt: Exactly<Submitted<IdeaFormProps>['result'], IdeaReceipt> = true;
export const signupReceipt: Exactly<Submitted<SignupProps>['result'], SignupReceipt> = true;
export const samePath: Exactly<typeof IdeaFormByPath, typeof CivicIdeaForm> = true;
export const staffConsole: Exactly<
  ComponentProps<typeof CivicStaffConsole>['ref'],
  Ref<StaffConsoleElement> | undefined
> = true;
