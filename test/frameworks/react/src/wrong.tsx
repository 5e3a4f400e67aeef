// Wrong uses that must stay type errors: each `@ts-expect-error` fails tsc (TS2578) as soon as its
// line type-checks, e.g. when a prop or an event becomes `any`. Never rendered, never bundled.
import type {} from 'civic-widgets/jsx';
import { CivicIdeaForm, CivicInitiativeList } from 'civic-widgets/react';
// @ts-expect-error -- the staff console is not in the index, only at civic-widgets/react/staff-console
import { CivicStaffConsole } from 'civic-widgets/react';

export const wrong = (
  <>
    {/* @ts-expect-error -- no such prop */}
    <CivicIdeaForm endpoint="/api" colour="red" />
    {/* @ts-expect-error -- headingLevel is a number */}
    <CivicIdeaForm endpoint="/api" headingLevel="3" />
    {/* @ts-expect-error -- layout is 'list' or 'grid' */}
    <CivicInitiativeList endpoint="/api" layout="table" />
    <CivicIdeaForm
      endpoint="/api"
      onCivicSubmitted={(e) => {
        // @ts-expect-error -- an idea receipt has no cancelToken (a signup's has)
        console.log(e.result.cancelToken);
        // @ts-expect-error -- the reference is a string
        const n: number = e.result.reference;
        return n;
      }}
    />
    {/* @ts-expect-error -- no such attribute on the native tag */}
    <civic-idea-form endpoint="/api" colour="red"></civic-idea-form>
    {/* @ts-expect-error -- layout is 'list' or 'grid' */}
    <civic-initiative-list layout="table"></civic-initiative-list>
    <civic-idea-form
      oncivic-submitted={(e) => {
        // @ts-expect-error -- an idea receipt has no cancelToken
        console.log(e.result.cancelToken);
      }}
    ></civic-idea-form>
    <CivicStaffConsole />
    {/* @ts-expect-error -- not one of our tags, and React knows no such element */}
    <civic-idea-from></civic-idea-from>
  </>
);
