// Type-level checks of the React wrappers: the event prop's event is the idea form's own, and its
// `result` is the idea receipt (not `unknown`, not `any`, not the union of every receipt).
import type { ComponentProps } from 'react';
import type { CivicIdeaForm, CivicVolunteerSignup } from 'civic-widgets/react';
import type { CivicSubmittedEvent } from 'civic-widgets';
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
