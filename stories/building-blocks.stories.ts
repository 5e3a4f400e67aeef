/**
 * The shared form building blocks (field, fieldset, character count, error summary), shown through
 * the test-only <civic-test-form>. Use the toolbar's language switch to see nl, fr and en.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { CivicTestForm } from '../test/fixtures/civic-test-form.js';
import { safeDefine } from '../src/internal/define.js';

// The package's sideEffects list names only its registration files, so the bundler would drop a
// bare import of this test-only element: register it here, in the story (a no-op if already done).
safeDefine('civic-test-form', CivicTestForm);

const meta: Meta = {
  title: 'Foundation/Form building blocks',
  component: 'civic-test-form',
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

/** Runs `then` on the element once it has rendered (a story's way to show a state). */
const once = (then: (el: CivicTestForm) => void) =>
  ref((el) => {
    // The element upgrades once the story is in the document: wait a frame, then for its render.
    if (el) requestAnimationFrame(() => void (el as CivicTestForm).updateComplete.then(() => then(el as CivicTestForm)));
  });

export const ErrorState: Story = {
  name: 'Error summary and inline errors',
  render: () =>
    html`<civic-test-form
      ${once((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click())}
    ></civic-test-form>`,
};

export const CharacterCountOver: Story = {
  name: 'Character count over the limit',
  render: () =>
    html`<civic-test-form
      ${once((el) => el.form.set('name', 'Een naam die veel te lang is voor dit kleine veld'))}
    ></civic-test-form>`,
};

export const HostileCss: Story = {
  name: 'On a page with hostile global CSS',
  render: () => html`<style>
      * { margin: 3em !important; color: red; text-transform: uppercase; letter-spacing: 0.3em; line-height: 3; }
      input, select, textarea { display: block; width: 100%; }
      button { all: unset; }
    </style>
    <civic-test-form></civic-test-form>`,
};
