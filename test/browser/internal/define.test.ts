import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { safeDefine } from '../../../src/internal/define.js';

describe('safeDefine', () => {
  it('defines a tag once; the same class again is a no-op and does not throw', () => {
    class A extends LitElement {}
    safeDefine('civic-define-a', A);
    expect(() => safeDefine('civic-define-a', A)).not.to.throw();
    expect(customElements.get('civic-define-a')).to.equal(A);
  });

  it('keeps the first class when another copy registers the same tag, and warns once', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    safeDefine('civic-define-b', First);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Simulate another version: mark the registered class with a different version.
      (First as unknown as Record<symbol, string>)[Symbol.for('civic-widgets.version')] = '9.9.9';
      expect(() => safeDefine('civic-define-b', Second)).not.to.throw();
      expect(() => safeDefine('civic-define-b', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('civic-define-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('9.9.9');
  });
});
