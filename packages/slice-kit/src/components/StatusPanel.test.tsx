import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusPanel } from './StatusPanel';

describe('StatusPanel', () => {
  it('announces the headline alone, then explains it, in its tone', () => {
    const html = renderToStaticMarkup(
      <StatusPanel headline="Order confirmed" tone="success" explanation="The kitchen is on it.">
        <p>Extra</p>
      </StatusPanel>,
    );
    expect(html).toMatch(/<p[^>]*role="status"[^>]*aria-live="polite"[^>]*>Order confirmed<\/p>/);
    expect(html).toContain('The kitchen is on it.');
    expect(html).toContain('<p>Extra</p>');
    expect(html).toMatch(/class="tk-status-panel tk-tone-success"/);
  });
});
