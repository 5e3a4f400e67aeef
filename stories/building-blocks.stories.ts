/**
 * The shared form building blocks (field, fieldset, character count, error summary), shown through
 * the test-only <civic-test-form>. Use the toolbar's language switch to see nl, fr and en.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CivicTestForm } from '../test/fixtures/civic-test-form.js';
import { safeDefine } from '../src/internal/define.js';
import { afterRender, hostileCssStory } from './helpers.js';

// The package's sideEffects list names only its registration files, so the bundler would drop a
// bare import of this test-only element: register it here, in the story (a no-op if already done).
safeDefine('civic-test-form', CivicTestForm);

const meta: Meta = {
  title: 'Foundation/Form building blocks',
  // No `component`: this test-only element is not in custom-elements.json (it documents no API).
  parameters: {
    docs: {
      description: {
        component:
          'Label, hint, error message and control in that order; groups in fieldset/legend; an error summary that takes focus after a failed submit and whose links move focus to the field. Not a widget: the building blocks every form widget uses.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Initial: Story = { render: () => html`<civic-test-form></civic-test-form>` };

export const ErrorState: Story = {
  name: 'Error summary and inline errors',
  render: () =>
    html`<civic-test-form
      ${afterRender<CivicTestForm>((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click())}
    ></civic-test-form>`,
};

export const CharacterCountOver: Story = {
  name: 'Character count over the limit',
  render: () =>
    html`<civic-test-form
      ${afterRender<CivicTestForm>((el) => el.form.set('name', 'Een naam die veel te lang is voor dit kleine veld'))}
    ></civic-test-form>`,
};

export const HostileCss: Story = hostileCssStory(() => html`<civic-test-form></civic-test-form>`);
