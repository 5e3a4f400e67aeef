// React components from `civic-widgets/react`: typed props, typed event props.
import { useState } from 'react';
import { CivicIdeaForm, CivicInitiativeList } from 'civic-widgets/react';

export function IdeaPage() {
  const [reference, setReference] = useState<string>();
  return (
    <>
      <CivicIdeaForm
        endpoint="https://participatie.example/api"
        track="experiment"
        headingLevel={3}
        onCivicSubmitted={(e) => setReference(e.result.reference)}
        onCivicSubmitError={(e) => console.warn(e.error)}
      />
      {reference && <p>Uw referentie: {reference}</p>}
      <CivicInitiativeList endpoint="https://participatie.example/api" layout="grid" pageSize={10} />
    </>
  );
}
