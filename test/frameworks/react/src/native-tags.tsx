// React 19's own custom element support: the tags in JSX, typed by `civic-widgets/jsx`.
import type {} from 'civic-widgets/jsx';
import 'civic-widgets/initiative-list.js';
import 'civic-widgets/idea-form.js';

export function ListPage() {
  return (
    <>
      <civic-initiative-list
        endpoint="https://participatie.example/api"
        layout="grid"
        oncivic-select={(e) => console.log(e.item.title)}
      ></civic-initiative-list>
      <civic-idea-form
        endpoint="https://participatie.example/api"
        oncivic-submitted={(e) => console.log(e.result.reference)}
      ></civic-idea-form>
    </>
  );
}
