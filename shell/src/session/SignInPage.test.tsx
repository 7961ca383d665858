// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { SignInPage } from './SignInPage';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe('the sign-in page of a demo installation', () => {
  it('offers every demo account, by role, one click from filling the form', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<SignInPage notice={null} onSignedIn={() => undefined} />));

    const offered = [...container.querySelectorAll('.shell-demo-accounts button')].map((button) => button.textContent);
    expect(offered).toHaveLength(Object.keys(demoAccounts).length);
    for (const account of Object.values(demoAccounts)) expect(offered.some((text) => text?.includes(account.email))).toBe(true);
    expect(offered.some((text) => text?.includes('leo@tiffin.example'))).toBe(true);
    expect([...container.querySelectorAll('.shell-demo-accounts h3')].map((heading) => heading.textContent)).toEqual(['Customers', 'Restaurant staff', 'Couriers']);

    const leo = [...container.querySelectorAll<HTMLButtonElement>('.shell-demo-accounts button')].find((button) => button.textContent?.includes('leo@'));
    await act(async () => leo?.click());
    expect(container.querySelector<HTMLInputElement>('input[name="email"]')?.value).toBe('leo@tiffin.example');
    expect(container.querySelector<HTMLInputElement>('input[name="password"]')?.value).toBe('tiffin-demo');
    await act(async () => root.unmount());
  });
});
