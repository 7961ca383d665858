import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemMessage } from './ProblemMessage';

describe('ProblemMessage', () => {
  it("alerts with the title and the BFF's words", () => {
    const html = renderToStaticMarkup(
      <ProblemMessage title="Your order was not placed." error={new Error('Dosa House is closed right now')} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Your order was not placed.');
    expect(html).toContain('Dosa House is closed right now');
    expect(html).not.toContain('Try again');
  });

  it('offers to try again only when it can', () => {
    const html = renderToStaticMarkup(<ProblemMessage title="Failed." error={new Error('x')} onRetry={() => {}} />);
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
  });
});
