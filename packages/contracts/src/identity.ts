import { z } from 'zod';
import { id } from './common';
import { freeText, storableText } from './text';

/** What a signed-in person is to Tiffin; decides their navigation and what each BFF lets them do. */
export const role = z.enum(['customer', 'staff', 'courier', 'operator']);
export type Role = z.infer<typeof role>;

const account = { accountId: id, displayName: z.string().min(1), email: z.string().min(3) };

/**
 * Who is calling, as the edge settled it from the session cookie. A customer orders as a consumer of
 * the consumer service; staff work for one restaurant of the catalog; a courier is one courier of the
 * delivery service; an operator runs the installation (sagas, dead letters) and owns no domain id.
 * Never taken from the browser: the edge signs it for the BFFs (identityHeader).
 */
export const identity = z.discriminatedUnion('role', [
  z.object({ role: z.literal('customer'), ...account, consumerId: id }),
  z.object({ role: z.literal('staff'), ...account, restaurantId: id }),
  z.object({ role: z.literal('courier'), ...account, courierId: id }),
  z.object({ role: z.literal('operator'), ...account }),
]);
export type Identity = z.infer<typeof identity>;

/** Header the edge sets for the BFFs: the caller's identity, signed; any copy from the browser is dropped. */
export const identityHeader = 'x-tiffin-identity';
/** Header the browser must echo on every state-changing request; its value comes with the session. */
export const csrfHeader = 'x-csrf-token';
/** The session cookie the edge sets on sign-in: httpOnly, SameSite=Lax, its value known only to the edge. */
export const sessionCookie = 'tiffin_session';

/** Body of POST /auth/sign-in on the edge. A password may hold any character the database could store. */
export const signInRequest = z.object({
  email: freeText().trim().min(3, 'enter your email').max(200),
  password: storableText().min(1, 'enter your password').max(200),
});
export type SignInRequest = z.infer<typeof signInRequest>;

/** GET /auth/session and the answer to sign-in: who is signed in and the token for state-changing calls. */
export const signedInSession = z.object({ identity, csrfToken: z.string().min(16) });
export type SignedInSession = z.infer<typeof signedInSession>;
