import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BffError } from '../bffClient';
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

  it('words a coded refusal for the customer instead of showing the validator text', () => {
    const closed = new BffError('body.restaurantId: restaurant Golden Lotus Dim Sum (5e3f0a) is closed', 422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'body.restaurantId: restaurant Golden Lotus Dim Sum (5e3f0a) is closed',
      code: 'RESTAURANT_CLOSED',
      subject: 'Golden Lotus Dim Sum',
    });
    const html = renderToStaticMarkup(<ProblemMessage title="Your order was not placed." error={closed} />);
    expect(html).toContain('Golden Lotus Dim Sum is closed right now.');
    expect(html).not.toContain('body.restaurantId');
  });

  it('offers to try again only when it can', () => {
    const html = renderToStaticMarkup(<ProblemMessage title="Failed." error={new Error('x')} onRetry={() => {}} />);
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
  });
});
